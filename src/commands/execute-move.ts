import { isDeepStrictEqual } from 'node:util'
import type { ValidationResult } from '../adapters/validation.js'
import { openManifest, type OpenManifest } from '../manifest/read.js'
import { rewriteManifest } from '../manifest/rewrite.js'
import type { GateResult } from '../stages/gates.js'
import { RefusedError } from '../stages/errors.js'
import { pipelineOf, stageSpec } from '../stages/pipeline.js'
import type { Plan } from '../stages/plan.js'
import { productionVersion } from '../stages/queries.js'
import { judgeSoak, soakShortfall, type SoakVerdict } from '../stages/soak.js'
import { loadMoveHistory, type MoveHistory } from './move-history.js'
import { planMove, type MoveArgs, type MoveCommand } from './moves.js'
import { validateForStage, type GatedValidation, type ValidationOptions } from './validate.js'
import type { Workspace } from './workspace.js'

/** An audited override: what it let through, and the reason a person gave. */
export interface Override {
  reason: string
  /** What would have refused the move without it: "soak: …", "metric gate: …". */
  bypassed: string[]
}

export type ValidationVerdict = 'passed' | 'failed' | 'skipped'

export interface MoveOutcome {
  command: MoveCommand
  manifest: OpenManifest
  plan: Plan
  validation?: ValidationResult
  /** The metric gates judged for the version entering a stage (empty when none apply). */
  gates: GateResult[]
  /** Why it failed although its command exited 0: its metrics file, the baseline run, or the gates. */
  failure?: string
  /** The live version the gates compared with, when they did. */
  baselineVersion?: string
  /** The soak the target stage asks for, judged (promote only). */
  soak?: SoakVerdict
  /** Set when force let through what soak or the gates would have refused. */
  override?: Override
  verdict: ValidationVerdict
  /** What the candidate measured (MODEL_METRICS_FILE). */
  measured?: Record<string, number>
  /** The manifest text to write: the original text when nothing changes or validation failed. */
  newText: string
  changed: boolean
}

export interface MoveOptions {
  workspace: Workspace
  text: string
  command: MoveCommand
  args: MoveArgs
  validation: ValidationOptions
  /** The commit `text` comes from: the history of rollback and soak is read up to it. */
  revision?: string
  /** `text` is the work tree's, and may hold moves not committed yet. */
  uncommitted?: boolean
  /** force: the reason a person gave for overriding soak and the metric gates. */
  force?: string
  /** When the soak is measured to (now, outside tests). */
  now?: Date
  earlier?: MoveOutcome
}

/**
 * Plans a move on the manifest text, judges the soak of a promotion, validates a version entering a stage, and
 * renders the new text. The history is read only when the move needs it (rollback, soak). `earlier` lets a re-plan
 * (after the branch moved) keep the validation of the same version.
 */
export async function prepareMove(options: MoveOptions): Promise<MoveOutcome> {
  const { workspace, text, command, args } = options
  const manifest = await openManifest(text, workspace.manifestName, args.model)
  const pipeline = pipelineOf(manifest.data)
  let history: Promise<MoveHistory | undefined> | undefined
  const readHistory = () =>
    (history ??= loadMoveHistory(
      workspace,
      options.revision ?? 'HEAD',
      options.uncommitted ? text : undefined
    ))
  const rollback = command === 'rollback' ? (await readHistory())?.rollback(args.model) : undefined
  const plan = planMove(command, manifest.data, args, rollback)
  const base = { command, manifest, plan, newText: text, changed: false, gates: [] }
  if (plan.transitions.length === 0) return { ...base, verdict: 'skipped' }
  if (!plan.needsValidation) {
    const newText = await rewriteManifest(manifest, plan.changes, plan.result)
    return { ...base, verdict: 'skipped', newText, changed: newText !== text }
  }

  const requested = plan.transitions[0]
  const from = requested?.from ?? ''
  const target = requested?.to ?? ''
  const bypassed: string[] = []
  // Rollback is exempt: the version already served in that stage. The history is read only for a stage with a soak.
  const soak =
    plan.operation === 'promote' && stageSpec(pipeline, target)?.soakSeconds !== undefined
      ? judgeSoak(
          pipeline,
          from,
          target,
          (await readHistory())?.enteredStage(plan.model, plan.version, from),
          options.now ?? new Date()
        )
      : undefined
  if (soak && soak.remainingSeconds > 0) {
    const shortfall = soakShortfall(plan.version, soak)
    if (options.force === undefined)
      throw new RefusedError(
        `${plan.model} ${plan.version} may not enter ${target} yet: ${shortfall}. ` +
          'Wait, or promote with force and a reason to override the soak (the commit records it)'
      )
    bypassed.push(`soak: ${shortfall}`)
  }

  const current = productionVersion(manifest.data, plan.model)
  const champion = current === undefined ? undefined : manifest.data.models[plan.model]?.versions.get(current)
  const production =
    current === undefined ? undefined : { version: current, uri: champion?.uri, metrics: champion?.metrics }
  // A re-plan (the branch moved) keeps the earlier run's measurements while production is still the same version.
  const earlier = options.earlier
  const reusable =
    earlier?.plan.model === plan.model &&
    earlier.plan.version === plan.version &&
    earlier.baselineVersion === current &&
    earlier.validation !== undefined
  const entry = manifest.data.models[plan.model]?.versions.get(plan.version)
  const subject = { model: plan.model, version: plan.version, uri: entry?.uri, stage: from, target }
  const gated: GatedValidation =
    reusable && earlier?.validation
      ? {
          validation: earlier.validation,
          gates: earlier.gates,
          measured: earlier.measured,
          failure: earlier.failure,
          failedOnGates: earlier.gates.some(rule => !rule.passed),
          passed: earlier.verdict !== 'failed' && earlier.gates.every(rule => rule.passed)
        }
      : await validateForStage(workspace, manifest.data, subject, options.validation, production)
  const judged = {
    ...base,
    validation: gated.validation,
    gates: gated.gates,
    failure: gated.failure,
    measured: gated.measured,
    baselineVersion: current,
    soak
  }
  // force overrides the gates, never the command: a version whose validation failed never moves.
  if (!gated.passed && !(gated.failedOnGates && options.force !== undefined))
    return { ...judged, verdict: 'failed' }
  if (!gated.passed)
    bypassed.push(
      ...gated.gates
        .filter(rule => !rule.passed)
        .map(rule => `metric gate: ${rule.metric} ${rule.rule}${rule.note ? ` (${rule.note})` : ''}`)
    )
  const override =
    options.force !== undefined && bypassed.length > 0 ? { reason: options.force, bypassed } : undefined
  const recorded = plan.changes.length > 0 ? withMeasuredMetrics(plan, entry?.metrics, gated.measured) : plan
  const newText = await rewriteManifest(manifest, recorded.changes, recorded.result)
  return {
    ...judged,
    ...(override ? { override, failure: undefined } : {}),
    plan: recorded,
    verdict: 'passed',
    newText,
    changed: newText !== text
  }
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
  const version = model?.versions.get(plan.version)
  if (!model || !version) return plan
  return {
    ...plan,
    changes: [...plan.changes, { kind: 'set-metrics', model: plan.model, version: plan.version, metrics }],
    result: {
      ...plan.result,
      models: {
        ...plan.result.models,
        [plan.model]: {
          ...model,
          versions: new Map(model.versions).set(plan.version, { ...version, metrics })
        }
      }
    }
  }
}
