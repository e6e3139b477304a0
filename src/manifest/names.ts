import { InputError } from '../stages/errors.js'

/**
 * The stages of a manifest without a `stages:` list, and the rules for model names, stage names and version
 * strings: checked by both doors and the schema.
 */
export const STAGES = ['staging', 'production', 'archived'] as const
/** A stage's name: one of STAGES, or one the manifest's `stages:` declares. */
export type Stage = string
/** Always there, never declared: where versions go when they leave the pipeline. */
export const ARCHIVED = 'archived'

export const MODEL_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/
export const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/

/** Stage names follow the model-name rule. */
export const STAGE_NAME_PATTERN = MODEL_NAME_PATTERN

/** Metric (and so gate) names: a name, never arbitrary text from a validation. Case is kept: `F1`, `auc`. */
export const METRIC_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
/** How many metrics one version may record. */
export const MAX_METRICS = 100

export const MODEL_NAME_RULE =
  "lowercase letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters"
export const VERSION_RULE =
  "letters, digits, '.', '_', '+' and '-', starting with a letter or digit, at most 64 characters"

export const METRIC_NAME_RULE =
  "letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters"

export function assertModelName(model: string): void {
  if (!MODEL_NAME_PATTERN.test(model))
    throw new InputError(`invalid model name ${JSON.stringify(model)}: use ${MODEL_NAME_RULE}`)
}

export function assertVersionString(version: string): void {
  if (!VERSION_PATTERN.test(version))
    throw new InputError(`invalid version ${JSON.stringify(version)}: use ${VERSION_RULE}`)
}
