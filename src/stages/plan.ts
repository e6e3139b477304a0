import type { ManifestChange } from '../manifest/edit.js'
import { assertModelName, assertVersionString } from '../manifest/names.js'
import { ARCHIVED } from '../manifest/names.js'
import type { Manifest, Stage, VersionEntry } from '../manifest/schema.js'
import { needsValidation } from './admission.js'
import { InputError, RefusedError } from './errors.js'
import {
  firstStage,
  isExclusive,
  isGuard,
  lastStage,
  nextStage,
  pipelineOf,
  stageIndex,
  stageNames,
  type Pipeline
} from './pipeline.js'
import { newestInStage, versionIn, versionsOf } from './queries.js'
import { illegalMoveMessage, legalOperation, type Operation, type StageOrAbsent } from './rules.js'

export interface Transition {
  model: string
  version: string
  from: StageOrAbsent
  to: StageOrAbsent
  /** Asked for by the command, or the consequence of it (the version a promotion replaces in an exclusive stage). */
  cause: 'requested' | 'replaced'
}

/** What a plan does: a stage operation, or a version blocked (possibly with a rollback) or unblocked. */
export type PlanOperation = Operation | 'block' | 'unblock'

export interface Plan {
  operation: PlanOperation
  model: string
  version: string
  /** Empty when the move was already made: the run is a no-op. */
  transitions: Transition[]
  /** A version is promoted or rolled back: it must pass validation before anything is written. */
  needsValidation: boolean
  changes: ManifestChange[]
  /** The manifest data once the plan is carried out. */
  result: Manifest
  /** Why nothing changes, for a no-op. */
  note?: string
  /** block and unblock: the version, and the reason it is blocked (null: unblocked). */
  block?: { version: string; reason: string | null }
}

export interface RollbackHistory {
  /** Versions seen in a stage in the manifest's history, ordered by when they last left it (most recent last). */
  formerIn(stage: Stage): readonly string[]
}

function stageOf(data: Manifest, model: string, version: string): Stage {
  assertVersionString(version)
  const entry = versionsOf(data, model).get(version)
  if (!entry) {
    const known = [...versionsOf(data, model).keys()]
    throw new InputError(
      `unknown version ${version} of ${model}; it has: ${known.length > 0 ? known.join(', ') : 'no versions'}`
    )
  }
  return entry.stage
}

/** The data after the transitions: copies along the changed paths only, never the whole manifest. */
function applyTransitions(data: Manifest, transitions: Transition[], added?: VersionEntry): Manifest {
  const models = { ...data.models }
  for (const { model, version, to } of transitions) {
    const current = models[model] ?? { versions: new Map() }
    const versions = new Map(current.versions)
    const existing = versions.get(version)
    if (to === null) versions.delete(version)
    else if (existing) versions.set(version, { ...existing, stage: to })
    else versions.set(version, { ...added, stage: to })
    models[model] = { ...current, versions }
  }
  return { ...data, models }
}

function build(
  operation: Operation,
  data: Manifest,
  model: string,
  version: string,
  transitions: Transition[]
): Plan {
  const changes: ManifestChange[] = transitions.map(({ model, version, to }) => ({
    kind: 'set-stage',
    model,
    version,
    stage: to as Stage
  }))
  return {
    operation,
    model,
    version,
    transitions,
    needsValidation: needsValidation(operation),
    changes,
    result: applyTransitions(data, transitions)
  }
}

function noop(operation: PlanOperation, data: Manifest, model: string, version: string, note: string): Plan {
  return {
    operation,
    model,
    version,
    transitions: [],
    needsValidation: false,
    changes: [],
    result: data,
    note
  }
}

function refuse(
  pipeline: Pipeline,
  model: string,
  version: string,
  from: Stage,
  to: Stage,
  advice = ''
): never {
  throw new RefusedError(
    `${model} ${version}: ${illegalMoveMessage(from, to, pipeline)}${advice ? `. ${advice}` : ''}`
  )
}

/** The requested move plus, when it enters an exclusive stage, the archiving of the version it replaces. */
function intoStage(
  operation: Operation,
  data: Manifest,
  model: string,
  version: string,
  from: Stage,
  to: Stage
): Plan {
  const transitions: Transition[] = [{ model, version, from, to, cause: 'requested' }]
  const current = isExclusive(pipelineOf(data), to) ? versionIn(data, model, to) : undefined
  if (current !== undefined)
    transitions.push({ model, version: current, from: to, to: ARCHIVED, cause: 'replaced' })
  return build(operation, data, model, version, transitions)
}

export function planRegister(
  data: Manifest,
  model: string,
  version: string,
  details: Pick<VersionEntry, 'uri' | 'digest' | 'description' | 'metrics' | 'metadata'>
): Plan {
  assertModelName(model)
  assertVersionString(version)
  const first = firstStage(pipelineOf(data)).name
  const existing = data.models[model]?.versions.get(version)
  if (existing) {
    const sameUri = details.uri === undefined || details.uri === existing.uri
    const sameDigest =
      details.digest === undefined || existing.digest === undefined || details.digest === existing.digest
    if (existing.stage === first && sameUri && sameDigest) {
      return noop('register', data, model, version, `${model} ${version} is already registered in ${first}`)
    }
    throw new RefusedError(
      `${model} ${version} is already registered (stage ${existing.stage}${existing.uri ? `, uri ${existing.uri}` : ''}): ` +
        'a version is registered once; register a new version string instead'
    )
  }
  const entry: VersionEntry = { stage: first }
  if (details.uri !== undefined) entry.uri = details.uri
  if (details.digest !== undefined) entry.digest = details.digest
  if (details.description !== undefined) entry.description = details.description
  if (details.metrics !== undefined && Object.keys(details.metrics).length > 0)
    entry.metrics = details.metrics
  if (details.metadata !== undefined && Object.keys(details.metadata).length > 0)
    entry.metadata = details.metadata
  const transitions: Transition[] = [{ model, version, from: null, to: first, cause: 'requested' }]
  return {
    operation: 'register',
    model,
    version,
    transitions,
    needsValidation: false,
    changes: [{ kind: 'add-version', model, version, entry }],
    result: applyTransitions(data, transitions, entry)
  }
}

/** Where a promote goes when no stage is named: the version's next stage, else the last one. */
function defaultTarget(pipeline: Pipeline, data: Manifest, model: string, version?: string): Stage {
  const from = version === undefined ? undefined : stageOf(data, model, version)
  return (from === undefined ? undefined : nextStage(pipeline, from)?.name) ?? lastStage(pipeline).name
}

/** Why a forward move is refused: it would pass over a stage that guards the way. */
function skippedGuard(pipeline: Pipeline, from: Stage, to: Stage): string | undefined {
  const start = stageIndex(pipeline, from)
  const end = stageIndex(pipeline, to)
  if (start === -1 || end <= start) return undefined
  const guard = pipeline.stages.slice(start + 1, end).find(isGuard)
  return (
    guard && `promote it to ${guard.name} first: a version does not pass over a stage with its own guards`
  )
}

/**
 * promote: the version (default: the newest in the stage before the target) to the target stage (default: its
 * next stage, or the last one), archiving the version it replaces in an exclusive stage.
 */
export function planPromote(data: Manifest, model: string, version?: string, to?: Stage): Plan {
  const pipeline = pipelineOf(data)
  const first = firstStage(pipeline).name
  if (to === ARCHIVED) return planArchive(data, model, requireVersion(model, version, 'archive'))
  if (to === first) return planRestore(data, model, requireVersion(model, version, 'restore'))
  const target = to ?? defaultTarget(pipeline, data, model, version)
  const index = stageIndex(pipeline, target)
  if (index === -1)
    throw new InputError(`unknown stage ${target}: the stages are ${stageNames(pipeline).join(', ')}`)
  const before = pipeline.stages[index - 1]?.name ?? first
  const chosen = version ?? newestInStage(data, model, before)
  if (chosen === undefined) throw new RefusedError(`${model} has no version in ${before} to promote`)
  const from = stageOf(data, model, chosen)
  if (from === target)
    return noop('promote', data, model, chosen, `${model} ${chosen} is already in ${target}`)
  if (from === ARCHIVED) {
    const back = isExclusive(pipeline, target)
      ? `use rollback (if it was in ${target} before) or restore`
      : 'restore'
    refuse(
      pipeline,
      model,
      chosen,
      from,
      target,
      `To bring an archived version back, ${back} it to ${first} and promote it`
    )
  }
  if (legalOperation(from, target, pipeline) !== 'promote')
    refuse(
      pipeline,
      model,
      chosen,
      from,
      target,
      skippedGuard(pipeline, from, target) ?? 'Archive it instead, or promote another version'
    )
  return intoStage('promote', data, model, chosen, from, target)
}

export function planArchive(data: Manifest, model: string, version: string): Plan {
  const from = stageOf(data, model, version)
  if (from === ARCHIVED)
    return noop('archive', data, model, version, `${model} ${version} is already archived`)
  return build('archive', data, model, version, [{ model, version, from, to: ARCHIVED, cause: 'requested' }])
}

export function planRestore(data: Manifest, model: string, version: string): Plan {
  const pipeline = pipelineOf(data)
  const first = firstStage(pipeline).name
  const from = stageOf(data, model, version)
  if (from === first)
    return noop('restore', data, model, version, `${model} ${version} is already in ${first}`)
  if (from !== ARCHIVED)
    refuse(pipeline, model, version, from, first, 'Archive it instead, or promote another version')
  return build('restore', data, model, version, [{ model, version, from, to: first, cause: 'requested' }])
}

/**
 * Rollback puts an archived version back into an exclusive stage (default: the last stage). Without a version it
 * picks the one that left that stage most recently. Whether the version may return there (it was in it before) is
 * the admission's verdict.
 */
export function planRollback(
  data: Manifest,
  model: string,
  version: string | undefined,
  history?: RollbackHistory,
  to?: Stage
): Plan {
  const pipeline = pipelineOf(data)
  const target = to ?? lastStage(pipeline).name
  if (!isExclusive(pipeline, target)) {
    const exclusive = pipeline.stages.filter(stage => stage.exclusive).map(stage => stage.name)
    throw new InputError(
      `rollback returns a version to an exclusive stage (${exclusive.join(', ')}), not to ${target}`
    )
  }
  const current = versionIn(data, model, target)
  const former = history?.formerIn(target)
  let chosen = version
  if (chosen === undefined) {
    if (!former)
      throw new InputError(
        `name the version of ${model} to roll back to: the manifest's git history is not available`
      )
    const versions = data.models[model]?.versions
    chosen = former
      .filter(candidate => {
        const entry = versions?.get(candidate)
        return candidate !== current && entry?.stage === ARCHIVED && entry.blocked === undefined
      })
      .pop()
    if (chosen === undefined)
      throw new RefusedError(
        `${model} has no archived version that was in ${target} before and is not blocked: nothing to roll back to`
      )
  }
  const from = stageOf(data, model, chosen)
  if (from === target)
    return noop('rollback', data, model, chosen, `${model} ${chosen} is already in ${target}`)
  if (from !== ARCHIVED)
    refuse(
      pipeline,
      model,
      chosen,
      from,
      target,
      `Rollback is for archived versions; use promote for a version in ${from}`
    )
  return intoStage('rollback', data, model, chosen, from, target)
}

/** The data with a version's `blocked` reason set (or, null, removed). */
function withBlocked(data: Manifest, model: string, version: string, reason: string | null): Manifest {
  const current = data.models[model]
  const entry = current?.versions.get(version)
  if (!current || !entry) return data
  const rest = { ...entry }
  delete rest.blocked
  const versions = new Map(current.versions).set(
    version,
    reason === null ? rest : { ...rest, blocked: reason }
  )
  return { ...data, models: { ...data.models, [model]: { ...current, versions } } }
}

/**
 * block: the version may enter no stage but archived from now on. A version that serves an exclusive stage is
 * taken out of it only with `rollback`: archived, and the newest earlier version that is not blocked brought back
 * in the same change (validated first, as every rollback is).
 */
export function planBlock(
  data: Manifest,
  model: string,
  version: string,
  reason: string,
  options: { rollback?: boolean; history?: RollbackHistory } = {}
): Plan {
  const stage = stageOf(data, model, version)
  const entry = versionsOf(data, model).get(version)
  if (entry?.blocked === reason)
    return noop('block', data, model, version, `${model} ${version} is already blocked: ${reason}`)
  const change: ManifestChange = { kind: 'set-blocked', model, version, reason }
  const block = { version, reason }
  const blocked = withBlocked(data, model, version, reason)
  const pipeline = pipelineOf(data)
  if (stage === ARCHIVED || !isExclusive(pipeline, stage)) {
    if (options.rollback)
      throw new InputError(
        `${model} ${version} is in ${stage}, which it does not serve: rollback is for blocking the version a stage serves; leave it out`
      )
    return {
      operation: 'block',
      model,
      version,
      transitions: [],
      needsValidation: false,
      changes: [change],
      result: blocked,
      block
    }
  }
  if (!options.rollback)
    throw new RefusedError(
      `${model} ${version} serves ${stage}: blocking it takes it out of service. Block it with --rollback (the ` +
        "action's rollback: true) to archive it and bring back the newest earlier version that is not blocked, in " +
        'the same change'
    )
  let back: Plan
  try {
    back = planRollback(blocked, model, undefined, options.history, stage)
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error
    throw new RefusedError(
      `cannot block ${model} ${version} with a rollback: ${error.message}. To stop the line with nothing to bring ` +
        'back, archive it first, then block it'
    )
  }
  return { ...back, operation: 'block', version, changes: [...back.changes, change], block }
}

/** unblock: the version may enter stages again (it stays where it is). */
export function planUnblock(data: Manifest, model: string, version: string): Plan {
  stageOf(data, model, version)
  if (versionsOf(data, model).get(version)?.blocked === undefined)
    return noop('unblock', data, model, version, `${model} ${version} is not blocked`)
  return {
    operation: 'unblock',
    model,
    version,
    transitions: [],
    needsValidation: false,
    changes: [{ kind: 'set-blocked', model, version, reason: null }],
    result: withBlocked(data, model, version, null),
    block: { version, reason: null }
  }
}

function requireVersion(model: string, version: string | undefined, operation: Operation): string {
  if (version === undefined) throw new InputError(`${operation} needs a version of ${model}`)
  return version
}
