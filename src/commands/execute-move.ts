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

export function validationEnvironment(
  workspace: Workspace,
  plan: Plan,
  data: Manifest
): Record<string, string> {
  const entry = data.models[plan.model]?.versions[plan.version]
  return {
    MODEL_NAME: plan.model,
    MODEL_VERSION: plan.version,
    MODEL_URI: entry?.uri ?? '',
    MODEL_STAGE: entry?.stage ?? '',
    MODEL_TARGET_STAGE: 'production',
    MODEL_STAGES_MANIFEST: workspace.manifestName
  }
}

export async function validatePlan(
  workspace: Workspace,
  plan: Plan,
  data: Manifest,
  options: ValidationOptions
): Promise<ValidationResult> {
  const command = validationCommand(data, plan.model, options.validate)
  if (!command) {
    throw new InputError(
      `no validation command for ${plan.model}: a version enters production only after validation. ` +
        `Set models.${plan.model}.validate or defaults.validate in the manifest, or pass one as validate`
    )
  }
  return runValidation({
    command,
    cwd: workspace.root,
    env: validationEnvironment(workspace, plan, data),
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
    validation ??= await validatePlan(workspace, plan, manifest.data, options.validation)
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
