import { isDeepStrictEqual } from 'node:util'
import { openManifest, type OpenManifest } from '../manifest/read.js'
import { rewriteManifest } from '../manifest/rewrite.js'
import {
  judgeAdmission,
  refusedBeforeValidation,
  soakApplies,
  validationVerdict,
  type AdmissionFacts,
  type AdmissionVerdict
} from '../stages/admission.js'
import { holdsSecret } from '../adapters/secrets.js'
import { RefusedError } from '../stages/errors.js'
import { pipelineOf } from '../stages/pipeline.js'
import type { Plan } from '../stages/plan.js'
import { productionVersion } from '../stages/queries.js'
import { openFreezes } from '../stages/freezes.js'
import { legalOperation } from '../stages/rules.js'
import { loadMoveHistory, type MoveHistory } from './move-history.js'
import { canDigest, takeDigest } from './digest.js'
import { planMove, type MoveArgs, type MoveCommand } from './moves.js'
import {
  judgeMeasurement,
  validateForStage,
  type Measurement,
  type ValidationRun,
  type ValidationOptions
} from './validate.js'
import type { Workspace } from './workspace.js'

export interface MoveOutcome {
  command: MoveCommand
  manifest: OpenManifest
  plan: Plan
  /** The verdict on the version entering its stage; undefined when the move enters none on a validation. */
  admission?: AdmissionVerdict
  /** passed (admitted), failed (refused after validation), skipped (nothing to validate). */
  verdict: ReturnType<typeof validationVerdict>
  /** The live version the gates compared with, when a validation ran: a re-plan reuses the run while it holds. */
  baselineVersion?: string
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
  /** The candidate's validation, run elsewhere (gathered results): judged here, and nothing is run. */
  measured?: Measurement
  /** Stop once what refuses a version before validation (soak, the rollback rule) has been checked: a plan. */
  stopBeforeValidation?: boolean
}

/**
 * Plans a move on the manifest text, gathers what the admission judges (the history, the validation run), and
 * renders the new text when the version is admitted. The history is read only when the move needs it (rollback,
 * soak); a refusal before validation (soak, rollback rule) is thrown before anything runs. `earlier` lets a re-plan
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
  const rollback =
    command === 'rollback' || (command === 'block' && args.rollback)
      ? (await readHistory())?.rollback(args.model)
      : undefined
  const plan = planMove(
    command,
    manifest.data,
    await withDigest(workspace, manifest, command, args),
    rollback
  )
  const base = { command, manifest, plan, newText: text, changed: false }
  if (plan.transitions.length === 0 && plan.changes.length === 0) return { ...base, verdict: 'skipped' }

  const requested = plan.transitions.find(transition => transition.cause === 'requested')
  const candidate = requested?.version ?? plan.version
  const move = {
    model: plan.model,
    version: candidate,
    from: requested?.from ?? null,
    to: requested?.to ?? null
  }
  const now = options.now ?? new Date()
  const facts: AdmissionFacts = {
    move,
    pipeline,
    now,
    ...(options.force !== undefined ? { overrideReason: options.force } : {})
  }
  const blocked = manifest.data.models[plan.model]?.versions.get(candidate)?.blocked
  if (blocked !== undefined) facts.blocked = blocked
  if (move.to !== null) facts.freezes = openFreezes(manifest.data, plan.model, move.to, now)
  if (soakApplies(pipeline, legalOperation(move.from, move.to, pipeline), move.to))
    facts.entered = (await readHistory())?.enteredStage(plan.model, candidate, move.from ?? '')
  if (rollback && move.to !== null) facts.formerlyIn = rollback.formerIn(move.to)
  const refuseEarly = () => {
    const refused = refusedBeforeValidation(judgeAdmission(facts))
    if (refused.length > 0)
      throw new RefusedError(`${plan.model} ${refused.map(refusal => refusal.message).join('; ')}`)
  }
  if (requested) refuseEarly()
  if (!plan.needsValidation) {
    const newText = unsecret(await rewriteManifest(manifest, plan.changes, plan.result), text)
    return { ...base, verdict: 'skipped', newText, changed: newText !== text }
  }
  if (options.stopBeforeValidation) return { ...base, verdict: 'skipped' }

  const current = productionVersion(manifest.data, plan.model)
  const champion = current === undefined ? undefined : manifest.data.models[plan.model]?.versions.get(current)
  const production =
    current === undefined ? undefined : { version: current, uri: champion?.uri, metrics: champion?.metrics }
  const entry = manifest.data.models[plan.model]?.versions.get(candidate)
  const subject = {
    model: plan.model,
    version: candidate,
    uri: entry?.uri,
    stage: move.from ?? '',
    target: move.to ?? ''
  }
  // The bytes validated are the bytes recorded: taken again (or where a gathered result was validated).
  if (entry?.digest && !reusableValidation(options.earlier, plan, current)) {
    const now = options.measured
      ? options.measured.digest
      : (await takeDigest(workspace, manifest.data, subject, options.validation.timeoutSeconds)).digest
    facts.digest = {
      recorded: entry.digest,
      ...(now ? { now } : {}),
      ...(entry.uri ? { uri: entry.uri } : {})
    }
    refuseEarly()
  }
  const validation =
    reusableValidation(options.earlier, plan, current) ??
    (options.measured
      ? await judgeMeasurement(manifest.data, subject, options.measured, production)
      : await validateForStage(workspace, manifest.data, subject, options.validation, production))
  const admission = judgeAdmission({ ...facts, validation })
  const judged = { ...base, admission, verdict: validationVerdict(admission), baselineVersion: current }
  if (!admission.admitted) return judged
  const recorded =
    plan.changes.length > 0 ? withMeasuredMetrics(plan, candidate, entry?.metrics, validation.measured) : plan
  const newText = unsecret(await rewriteManifest(manifest, recorded.changes, recorded.result), text)
  return { ...judged, plan: recorded, newText, changed: newText !== text }
}

/** register: the digest given, else taken when model-stages can take it (a local path, http(s), a digest command). */
async function withDigest(
  workspace: Workspace,
  manifest: OpenManifest,
  command: MoveCommand,
  args: MoveArgs
): Promise<MoveArgs> {
  if (command !== 'register' || args.digest !== undefined || !args.uri || !args.version) return args
  if (manifest.data.models[args.model]?.versions.has(args.version)) return args
  if (!canDigest(workspace, manifest.data, args.model, args.uri)) return args
  const subject = { model: args.model, version: args.version, uri: args.uri, stage: '', target: '' }
  return { ...args, digest: (await takeDigest(workspace, manifest.data, subject)).digest }
}

/** A re-plan (the branch moved) keeps the earlier run of the same version while production is still the same. */
function reusableValidation(
  earlier: MoveOutcome | undefined,
  plan: Plan,
  production: string | undefined
): ValidationRun | undefined {
  const validation = earlier?.admission?.validation
  const same =
    earlier?.plan.model === plan.model &&
    earlier.plan.version === plan.version &&
    earlier.plan.operation === plan.operation &&
    earlier.baselineVersion === production
  return same && validation?.state === 'ran' ? validation : undefined
}

/** The manifest as it would be written, unless the change puts a secret of this run into it: then nothing is. */
function unsecret(newText: string, text: string): string {
  if (holdsSecret(newText) && !holdsSecret(text))
    throw new RefusedError(
      'the change would write a secret of this run into the manifest; nothing was written'
    )
  return newText
}

/** The plan plus the metrics the candidate measured, recorded with it in the same change when they are new. */
function withMeasuredMetrics(
  plan: Plan,
  version: string,
  recorded: Record<string, number> | undefined,
  measured: Record<string, number> | undefined
): Plan {
  if (!measured || Object.keys(measured).length === 0) return plan
  const metrics = { ...recorded, ...measured }
  if (isDeepStrictEqual(metrics, recorded)) return plan
  const model = plan.result.models[plan.model]
  const entry = model?.versions.get(version)
  if (!model || !entry) return plan
  return {
    ...plan,
    changes: [...plan.changes, { kind: 'set-metrics', model: plan.model, version, metrics }],
    result: {
      ...plan.result,
      models: {
        ...plan.result.models,
        [plan.model]: {
          ...model,
          versions: new Map(model.versions).set(version, { ...entry, metrics })
        }
      }
    }
  }
}
