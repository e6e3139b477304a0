import { runValidation, type ValidationResult } from '../adapters/validation.js'
import { loadManifestText, type LoadedManifest } from '../manifest/load.js'
import { rewriteManifest } from '../manifest/rewrite.js'
import type { Manifest } from '../manifest/schema.js'
import { InputError } from '../stages/errors.js'
import type { Plan, RollbackHistory } from '../stages/plan.js'
import { planMove, type MoveArgs, type MoveCommand } from './moves.js'
import type { Workspace } from './workspace.js'

export interface ValidationOptions {
  /** Overrides the manifest's command. */
  validate?: string
  timeoutSeconds?: number
  onOutput?: (chunk: string) => void
}

export type ValidationVerdict = 'passed' | 'failed' | 'skipped'

export interface MoveOutcome {
  command: MoveCommand
  manifest: LoadedManifest
  plan: Plan
  validation?: ValidationResult
  verdict: ValidationVerdict
  /** The manifest text to write: the original text when nothing changes or validation failed. */
  newText: string
  changed: boolean
}

export function validationCommand(data: Manifest, model: string, override?: string): string | undefined {
  const command = override?.trim() ? override : (data.models[model]?.validate ?? data.defaults?.validate)
  return command?.trim() ? command : undefined
}

export interface VersionUnderValidation {
  model: string
  version: string
  uri?: string
  /** The stage it is in now. */
  stage: string
}

export function validationEnvironment(
  workspace: Workspace,
  subject: VersionUnderValidation
): Record<string, string> {
  return {
    MODEL_NAME: subject.model,
    MODEL_VERSION: subject.version,
    MODEL_URI: subject.uri ?? '',
    MODEL_STAGE: subject.stage,
    MODEL_TARGET_STAGE: 'production',
    MODEL_STAGES_MANIFEST: workspace.manifestName
  }
}

/** Runs the validation of a version about to enter production; no command configured is an error, never a pass. */
export async function validateVersion(
  workspace: Workspace,
  data: Manifest,
  subject: VersionUnderValidation,
  options: ValidationOptions
): Promise<ValidationResult> {
  const command = validationCommand(data, subject.model, options.validate)
  if (!command) {
    throw new InputError(
      `no validation command for ${subject.model}: a version enters production only after validation. ` +
        `Set models.${subject.model}.validate or defaults.validate in the manifest, or pass one as validate`
    )
  }
  return runValidation({
    command,
    cwd: workspace.root,
    env: validationEnvironment(workspace, subject),
    timeoutSeconds: options.timeoutSeconds,
    onOutput: options.onOutput
  })
}

/**
 * Plans a move on the manifest text, validates a version entering production, and renders the new text.
 * `earlier` lets a re-plan (after the branch moved) keep the validation of the same version.
 */
export async function prepareMove(options: {
  workspace: Workspace
  text: string
  command: MoveCommand
  args: MoveArgs
  validation: ValidationOptions
  history?: RollbackHistory
  earlier?: MoveOutcome
}): Promise<MoveOutcome> {
  const { workspace, text, command, args } = options
  const manifest = loadManifestText(text, workspace.manifestName)
  const plan = planMove(command, manifest.data, args, options.history)
  const base = { command, manifest, plan, newText: text, changed: false }
  if (plan.transitions.length === 0) return { ...base, verdict: 'skipped' }

  let validation: ValidationResult | undefined
  if (plan.needsValidation) {
    const reusable =
      options.earlier?.plan.model === plan.model && options.earlier.plan.version === plan.version
    validation = reusable ? options.earlier?.validation : undefined
    const entry = manifest.data.models[plan.model]?.versions[plan.version]
    const subject = { model: plan.model, version: plan.version, uri: entry?.uri, stage: entry?.stage ?? '' }
    validation ??= await validateVersion(workspace, manifest.data, subject, options.validation)
    if (validation.status !== 'passed') return { ...base, validation, verdict: 'failed' }
  }
  const newText = rewriteManifest(manifest, plan.changes, plan.result)
  return {
    ...base,
    validation,
    verdict: validation ? 'passed' : 'skipped',
    newText,
    changed: newText !== text
  }
}
