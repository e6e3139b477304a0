import type { ManifestChange } from '../manifest/edit.js'
import { assertModelName, assertVersionString } from '../manifest/names.js'
import type { Manifest, Stage, VersionEntry } from '../manifest/schema.js'
import { InputError, RefusedError } from './errors.js'
import { productionVersion, newestInStage, versionsOf } from './queries.js'
import { illegalMoveMessage, type Operation, type StageOrAbsent } from './rules.js'

export interface Transition {
  model: string
  version: string
  from: StageOrAbsent
  to: StageOrAbsent
  /** Asked for by the command, or the consequence of it (the production version a promotion replaces). */
  cause: 'requested' | 'replaced'
}

export interface Plan {
  operation: Operation
  model: string
  version: string
  /** Empty when the move was already made: the run is a no-op. */
  transitions: Transition[]
  /** A version enters production: it must pass validation before anything is written. */
  needsValidation: boolean
  changes: ManifestChange[]
  /** The manifest data once the plan is carried out. */
  result: Manifest
  /** Why nothing changes, for a no-op. */
  note?: string
}

export interface RollbackHistory {
  /** Versions seen in production in the manifest's history, ordered by when they last left it (most recent last). */
  formerProduction: string[]
}

function stageOf(data: Manifest, model: string, version: string): Stage {
  assertVersionString(version)
  const entry = versionsOf(data, model)[version]
  if (!entry) {
    const known = Object.keys(versionsOf(data, model))
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
    const current = models[model] ?? { versions: {} }
    const versions = { ...current.versions }
    const existing = versions[version]
    if (to === null) delete versions[version]
    else if (existing) versions[version] = { ...existing, stage: to }
    else versions[version] = { ...added, stage: to }
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
    needsValidation: transitions.some(t => t.cause === 'requested' && t.to === 'production'),
    changes,
    result: applyTransitions(data, transitions)
  }
}

function noop(operation: Operation, data: Manifest, model: string, version: string, note: string): Plan {
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

function refuse(model: string, version: string, from: Stage, to: Stage, advice = ''): never {
  throw new RefusedError(`${model} ${version}: ${illegalMoveMessage(from, to)}${advice ? `. ${advice}` : ''}`)
}

/** The requested move plus, when it enters production, the archiving of the version it replaces. */
function intoProduction(
  operation: Operation,
  data: Manifest,
  model: string,
  version: string,
  from: Stage
): Plan {
  const current = productionVersion(data, model)
  const transitions: Transition[] = [{ model, version, from, to: 'production', cause: 'requested' }]
  if (current !== undefined)
    transitions.push({ model, version: current, from: 'production', to: 'archived', cause: 'replaced' })
  return build(operation, data, model, version, transitions)
}

export function planRegister(
  data: Manifest,
  model: string,
  version: string,
  details: Pick<VersionEntry, 'uri' | 'description' | 'metrics' | 'metadata'>
): Plan {
  assertModelName(model)
  assertVersionString(version)
  const existing = data.models[model]?.versions[version]
  if (existing) {
    const sameUri = details.uri === undefined || details.uri === existing.uri
    if (existing.stage === 'staging' && sameUri) {
      return noop('register', data, model, version, `${model} ${version} is already registered in staging`)
    }
    throw new RefusedError(
      `${model} ${version} is already registered (stage ${existing.stage}${existing.uri ? `, uri ${existing.uri}` : ''}): ` +
        'a version is registered once; register a new version string instead'
    )
  }
  const entry: VersionEntry = { stage: 'staging' }
  if (details.uri !== undefined) entry.uri = details.uri
  if (details.description !== undefined) entry.description = details.description
  if (details.metrics !== undefined && Object.keys(details.metrics).length > 0)
    entry.metrics = details.metrics
  if (details.metadata !== undefined && Object.keys(details.metadata).length > 0)
    entry.metadata = details.metadata
  const transitions: Transition[] = [{ model, version, from: null, to: 'staging', cause: 'requested' }]
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

export function planPromote(data: Manifest, model: string, version?: string, to: Stage = 'production'): Plan {
  if (to === 'archived') return planArchive(data, model, requireVersion(model, version, 'archive'))
  if (to === 'staging') return planRestore(data, model, requireVersion(model, version, 'restore'))
  const chosen = version ?? newestInStage(data, model, 'staging')
  if (chosen === undefined) throw new RefusedError(`${model} has no version in staging to promote`)
  const from = stageOf(data, model, chosen)
  if (from === 'production')
    return noop('promote', data, model, chosen, `${model} ${chosen} is already in production`)
  if (from === 'archived') {
    refuse(
      model,
      chosen,
      from,
      to,
      `To bring an archived version back, use rollback (if it was in production before) or restore it to staging and promote it`
    )
  }
  return intoProduction('promote', data, model, chosen, from)
}

export function planArchive(data: Manifest, model: string, version: string): Plan {
  const from = stageOf(data, model, version)
  if (from === 'archived')
    return noop('archive', data, model, version, `${model} ${version} is already archived`)
  return build('archive', data, model, version, [
    { model, version, from, to: 'archived', cause: 'requested' }
  ])
}

export function planRestore(data: Manifest, model: string, version: string): Plan {
  const from = stageOf(data, model, version)
  if (from === 'staging')
    return noop('restore', data, model, version, `${model} ${version} is already in staging`)
  if (from === 'production')
    refuse(model, version, from, 'staging', 'Archive it instead, or promote another version')
  return build('restore', data, model, version, [{ model, version, from, to: 'staging', cause: 'requested' }])
}

/**
 * Rollback puts a version that was in production before back into production.
 * Without a version it picks the one that left production most recently. Without history
 * (no git), an explicitly named archived version is trusted.
 */
export function planRollback(
  data: Manifest,
  model: string,
  version: string | undefined,
  history?: RollbackHistory
): Plan {
  const current = productionVersion(data, model)
  let chosen = version
  if (chosen === undefined) {
    if (!history)
      throw new InputError(
        `name the version of ${model} to roll back to: the manifest's git history is not available`
      )
    chosen = history.formerProduction
      .filter(
        candidate => candidate !== current && data.models[model]?.versions[candidate]?.stage === 'archived'
      )
      .pop()
    if (chosen === undefined)
      throw new RefusedError(
        `${model} has no archived version that was in production before: nothing to roll back to`
      )
  }
  const from = stageOf(data, model, chosen)
  if (from === 'production')
    return noop('rollback', data, model, chosen, `${model} ${chosen} is already in production`)
  if (from === 'staging')
    refuse(
      model,
      chosen,
      from,
      'production',
      'Rollback is for archived versions; use promote for a staging version'
    )
  if (history && !history.formerProduction.includes(chosen)) {
    throw new RefusedError(
      `${model} ${chosen} was never in production according to the manifest's git history: ` +
        'restore it to staging and promote it instead, so that it goes through review as a new candidate'
    )
  }
  return intoProduction('rollback', data, model, chosen, from)
}

function requireVersion(model: string, version: string | undefined, operation: Operation): string {
  if (version === undefined) throw new InputError(`${operation} needs a version of ${model}`)
  return version
}
