import { isDeepStrictEqual } from 'node:util'
import type { ValidationResult } from '../adapters/validation.js'
import { loadManifestText, type LoadedManifest } from '../manifest/load.js'
import { rewriteManifest } from '../manifest/rewrite.js'
import type { GateResult } from '../stages/gates.js'
import type { Plan, RollbackHistory } from '../stages/plan.js'
import { productionVersion } from '../stages/queries.js'
import { planMove, type MoveArgs, type MoveCommand } from './moves.js'
import { validateForProduction, type GatedValidation, type ValidationOptions } from './validate.js'
import type { Workspace } from './workspace.js'

export type ValidationVerdict = 'passed' | 'failed' | 'skipped'

export interface MoveOutcome {
  command: MoveCommand
  manifest: LoadedManifest
  plan: Plan
  validation?: ValidationResult
  /** The metric gates judged for the version entering production (empty when none apply). */
  gates: GateResult[]
  /** Why it failed although its command exited 0: its metrics file, the baseline run, or the gates. */
  failure?: string
  /** The production version the gates compared with, when they did. */
  baselineVersion?: string
  verdict: ValidationVerdict
  /** What the candidate measured (MODEL_METRICS_FILE). */
  measured?: Record<string, number>
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
  const base = { command, manifest, plan, newText: text, changed: false, gates: [] }
  if (plan.transitions.length === 0) return { ...base, verdict: 'skipped' }
  if (!plan.needsValidation) {
    const newText = rewriteManifest(manifest, plan.changes, plan.result)
    return { ...base, verdict: 'skipped', newText, changed: newText !== text }
  }

  const current = productionVersion(manifest.data, plan.model)
  const champion = current === undefined ? undefined : manifest.data.models[plan.model]?.versions[current]
  const production =
    current === undefined ? undefined : { version: current, uri: champion?.uri, metrics: champion?.metrics }
  // A re-plan (the branch moved) keeps the earlier run's measurements while production is still the same version.
  const earlier = options.earlier
  const reusable =
    earlier?.plan.model === plan.model &&
    earlier.plan.version === plan.version &&
    earlier.baselineVersion === current &&
    earlier.validation !== undefined
  const entry = manifest.data.models[plan.model]?.versions[plan.version]
  const subject = { model: plan.model, version: plan.version, uri: entry?.uri, stage: entry?.stage ?? '' }
  const gated: GatedValidation =
    reusable && earlier?.validation
      ? {
          validation: earlier.validation,
          gates: earlier.gates,
          measured: earlier.measured,
          failure: earlier.failure,
          passed: earlier.verdict !== 'failed'
        }
      : await validateForProduction(workspace, manifest.data, subject, options.validation, production)
  const judged = {
    ...base,
    validation: gated.validation,
    gates: gated.gates,
    failure: gated.failure,
    measured: gated.measured,
    baselineVersion: current
  }
  if (!gated.passed) return { ...judged, verdict: 'failed' }
  const recorded = plan.changes.length > 0 ? withMeasuredMetrics(plan, entry?.metrics, gated.measured) : plan
  const newText = rewriteManifest(manifest, recorded.changes, recorded.result)
  return { ...judged, plan: recorded, verdict: 'passed', newText, changed: newText !== text }
}

/** The plan plus the metrics the candidate measured, recorded with it in the same change when they are new. */
function withMeasuredMetrics(
  plan: Plan,
  recorded: Record<string, number> | undefined,
  measured: Record<string, number> | undefined
): Plan {
  if (!measured || Object.keys(measured).length === 0) return plan
  const metrics = { ...recorded, ...measured }
  if (isDeepStrictEqual(metrics, recorded)) return plan
  const model = plan.result.models[plan.model]
  const version = model?.versions[plan.version]
  if (!model || !version) return plan
  return {
    ...plan,
    changes: [...plan.changes, { kind: 'set-metrics', model: plan.model, version: plan.version, metrics }],
    result: {
      ...plan.result,
      models: {
        ...plan.result.models,
        [plan.model]: { ...model, versions: { ...model.versions, [plan.version]: { ...version, metrics } } }
      }
    }
  }
}
