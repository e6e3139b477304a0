import { readFile } from 'node:fs/promises'
import { readManifestHistory } from '../adapters/manifest-history.js'
import { ManifestError, type Problem } from '../manifest/problems.js'
import { versionFieldPosition } from '../manifest/positions.js'
import { checkManifest, readManifest, readStageMap } from '../manifest/read.js'
import type { Manifest } from '../manifest/schema.js'
import {
  judgeAdmission,
  needsHistory,
  OVERRIDE_TRAILER,
  refusedBeforeValidation,
  type AdmissionFacts,
  type ValidationFacts
} from '../stages/admission.js'
import { InputError } from '../stages/errors.js'
import { evaluateGates, gatesFor } from '../stages/gates.js'
import { formerVersionsIn } from '../stages/history.js'
import { ARCHIVED } from '../manifest/names.js'
import { openFreezes } from '../stages/freezes.js'
import { isExclusive, lastStage, pipelineOf, type Pipeline } from '../stages/pipeline.js'
import type { Review, ReviewedChange } from '../stages/review.js'
import { stageEntry } from '../stages/soak.js'
import { diffStages, type StageChange } from '../stages/states.js'
import { validateForStage, type ValidationOptions } from './validate.js'
import type { Workspace } from './workspace.js'

/** The live version, as the base records it (its metrics are the gates' baseline). */
function baseProduction(
  data: Manifest | undefined,
  model: string,
  pipeline: Pipeline
): { version: string; uri?: string; metrics?: Record<string, number> } | undefined {
  const versions = data?.models[model]?.versions ?? new Map()
  const live = lastStage(pipeline).name
  const current = [...versions].find(([, entry]) => entry.stage === live)
  return current ? { version: current[0], uri: current[1].uri, metrics: current[1].metrics } : undefined
}

export interface ReviewOptions {
  /** The head's manifest as git has it (undefined: deleted there), instead of the work tree's. */
  headText?: string
  /** Why no command from the head may run: versions being promoted are then not validated, and say why. */
  untrustedHead?: string
  /** The head commit, whose commits since the base may carry override trailers (default HEAD). */
  headRevision?: string
  /** When soak is measured to (now, outside tests). */
  now?: Date
}

/**
 * Compares the manifest at `baseRevision` with the work tree, and has the admission judge every stage change (hand
 * edits included), validating every version that enters a stage on a validation.
 */
export async function reviewManifest(
  workspace: Workspace,
  baseRevision: string,
  validation: ValidationOptions,
  options: ReviewOptions = {}
): Promise<Review> {
  const nothing = { manifestName: workspace.manifestName, problems: [], changes: [], overrides: [] }
  const git = workspace.git
  if (!git) throw new InputError(`check needs a git repository: ${workspace.root} is not one`)
  const baseText = await git.show(baseRevision, workspace.manifestName)
  const headText =
    'headText' in options
      ? options.headText
      : await readFile(workspace.manifestPath, 'utf8').catch(() => undefined)
  if (baseText === headText || headText === undefined) {
    if (headText === undefined && baseText !== undefined) {
      const problem = {
        file: workspace.manifestName,
        line: 1,
        column: 1,
        message: 'the manifest was deleted: archive versions instead, git history is the archive'
      }
      return { ...nothing, touched: true, problems: [problem] }
    }
    return { ...nothing, touched: false }
  }

  const check = await checkManifest(headText, workspace.manifestName)
  if (baseText === undefined) {
    // A new manifest records the stages as they are when a team starts: there is no move to judge yet.
    return { ...nothing, touched: true, initial: true, headText, problems: check.problems }
  }
  // The pipeline the pull request would put in force judges its moves.
  // The stages are read as every command reads them: a head that breaks the manifest's profile is refused whole,
  // never read another way into stages that would then be judged.
  let headStages
  try {
    headStages = readStageMap(headText, workspace.manifestName)
  } catch (error) {
    if (error instanceof ManifestError)
      return { ...nothing, touched: true, headText, problems: check.problems }
    throw error
  }
  const baseName = `${workspace.manifestName}@${baseRevision}`
  const base = await readManifest(baseText, baseName).catch(() => undefined)
  const pipeline = pipelineOf(check.manifest ?? base ?? {})
  const changes = diffStages(readStageMap(baseText, baseName), headStages)
  const history = changes.some(change => needsHistory(pipeline, change))
    ? await readManifestHistory(git, workspace.manifestName, baseRevision)
    : { entries: [], revisions: 0, committedAt: new Map<string, string>() }
  const overrides = (
    await git.trailerValues(baseRevision, options.headRevision ?? 'HEAD', OVERRIDE_TRAILER)
  ).map(({ commit, value }) => ({ commit, reason: value }))
  const now = options.now ?? new Date()

  const identity =
    base && check.manifest ? identityChanges(base, check.manifest, headText, workspace.manifestName) : []
  const reviewed: ReviewedChange[] = []
  for (const move of changes) {
    const known = history.revisions > 0
    const facts: AdmissionFacts = {
      move,
      pipeline,
      now,
      entered: stageEntry(history.entries, history.committedAt, move.model, move.version, move.from ?? ''),
      formerlyIn:
        known && move.to !== null ? formerVersionsIn(history.entries, move.model, move.to) : undefined,
      ...(overrides.length > 0 ? { overrideReason: overrides.map(o => o.reason).join('; ') } : {}),
      ...guardFacts(base, check.manifest, move, now)
    }
    const early = judgeAdmission(facts)
    if (!early.awaitingValidation || refusedBeforeValidation(early).length > 0 || !check.manifest) {
      reviewed.push({ ...move, verdict: early })
      continue
    }
    const validated = await validationOf(workspace, check.manifest, base, move, pipeline, validation, options)
    reviewed.push({ ...move, verdict: judgeAdmission({ ...facts, validation: validated }) })
  }
  const serving = check.manifest ? blockedServing(base, check.manifest, headText, workspace.manifestName) : []
  const problems = [...check.problems, ...identity, ...serving]
  return { ...nothing, touched: true, headText, problems, changes: reviewed, overrides }
}

/**
 * A version's identity is immutable once recorded: a uri or digest that the base has may not change (or go), so
 * that the bytes validated stay the bytes served. A digest recorded for the first time is allowed.
 */
function identityChanges(base: Manifest, head: Manifest, headText: string, file: string): Problem[] {
  const problems: Problem[] = []
  for (const [model, entry] of Object.entries(base.models)) {
    for (const [version, before] of entry.versions) {
      const after = head.models[model]?.versions.get(version)
      if (!after) continue
      for (const field of ['uri', 'digest'] as const) {
        const was = before[field]
        if (was === undefined || after[field] === was) continue
        problems.push({
          file,
          ...versionFieldPosition(headText, model, version, field),
          message:
            `${model} ${version}: its ${field} was ${was} and this change makes it ${after[field] ?? 'absent'}; a ` +
            "version's uri and digest are immutable once recorded: register the new artifact as a new version"
        })
      }
    }
  }
  return problems
}

/**
 * A blocked version's reason, and the freeze windows open now for the target stage, as the base (the rules in force)
 * and the head say: a change cannot unblock a version and promote it, or lift a freeze and promote under it, at once.
 */
function guardFacts(
  base: Manifest | undefined,
  head: Manifest | undefined,
  move: StageChange,
  now: Date
): Pick<AdmissionFacts, 'blocked' | 'freezes'> {
  const blockedIn = (data: Manifest | undefined) =>
    data?.models[move.model]?.versions.get(move.version)?.blocked
  const blocked = blockedIn(base) ?? blockedIn(head)
  const freezes =
    move.to === null
      ? []
      : [base, head].flatMap(data => (data ? openFreezes(data, move.model, move.to ?? '', now) : []))
  const seen = new Set<string>()
  const distinct = freezes
    .sort((a, b) => b.until.getTime() - a.until.getTime())
    .filter(freeze => {
      const key = `${freeze.until.getTime()} ${freeze.reason}`
      return !seen.has(key) && Boolean(seen.add(key))
    })
  return {
    ...(blocked !== undefined ? { blocked } : {}),
    ...(distinct.length > 0 ? { freezes: distinct } : {})
  }
}

/** A version the change blocks (or moves) while it still serves an exclusive stage: blocking takes it out of service. */
function blockedServing(
  base: Manifest | undefined,
  head: Manifest,
  headText: string,
  file: string
): Problem[] {
  const pipeline = pipelineOf(head)
  const problems: Problem[] = []
  for (const [model, entry] of Object.entries(head.models)) {
    for (const [version, after] of entry.versions) {
      if (after.blocked === undefined || after.stage === ARCHIVED || !isExclusive(pipeline, after.stage))
        continue
      const before = base?.models[model]?.versions.get(version)
      if (before?.blocked !== undefined && before.stage === after.stage) continue
      problems.push({
        file,
        ...versionFieldPosition(headText, model, version, 'blocked'),
        message:
          `${model} ${version} is blocked but still serves ${after.stage}: archive it in the same change and bring ` +
          'back the version before it (model-stages block --rollback does both)'
      })
    }
  }
  return problems
}

/**
 * What validation found for a version entering a stage: its run, or why nothing ran (an untrusted head, whose
 * recorded metrics are still judged by the gates for the reviewer to see; no validation command configured).
 */
async function validationOf(
  workspace: Workspace,
  data: Manifest,
  base: Manifest | undefined,
  move: StageChange,
  pipeline: Pipeline,
  validation: ValidationOptions,
  options: ReviewOptions
): Promise<ValidationFacts> {
  const production = baseProduction(base, move.model, pipeline)
  const target = move.to ?? ''
  if (options.untrustedHead) {
    const recorded = data.models[move.model]?.versions.get(move.version)?.metrics ?? {}
    return {
      state: 'not-run',
      reason: options.untrustedHead,
      gates: gatesFor(data, move.model, target).flatMap(set =>
        evaluateGates(set, recorded, production?.metrics)
      )
    }
  }
  const uri = data.models[move.model]?.versions.get(move.version)?.uri
  const subject = { model: move.model, version: move.version, uri, stage: move.from ?? '', target }
  try {
    return await validateForStage(workspace, data, subject, validation, production)
  } catch (error) {
    // No validation command configured: the version cannot enter, and the review says so at its line.
    if (!(error instanceof InputError)) throw error
    return { state: 'no-command', reason: error.message }
  }
}
