import type { ValidationResult } from '../adapters/validation.js'
import { loadManifestText, type LoadedManifest } from '../manifest/load.js'
import { rewriteManifest } from '../manifest/rewrite.js'
import type { Plan, RollbackHistory } from '../stages/plan.js'
import { planMove, type MoveArgs, type MoveCommand } from './moves.js'
import { validateVersion, type ValidationOptions } from './validate.js'
import type { Workspace } from './workspace.js'

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
