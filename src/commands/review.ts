import { readFile } from 'node:fs/promises'
import { readManifestHistory } from '../adapters/manifest-history.js'
import type { ValidationResult } from '../adapters/validation.js'
import { checkManifest, readManifest, readStageMap } from '../manifest/read.js'
import type { Manifest } from '../manifest/schema.js'
import { ManifestError } from '../manifest/problems.js'
import type { Problem } from '../manifest/problems.js'
import { formerVersionsIn } from '../stages/history.js'
import { InputError } from '../stages/errors.js'
import { reviewChanges, type ReviewedChange } from '../stages/review.js'
import { diffStages } from '../stages/states.js'
import { validateForStage, type ValidationOptions } from './validate.js'
import { evaluateGates, gatesFor, type GateResult } from '../stages/gates.js'
import { lastStage, pipelineOf, stageSpec, type Pipeline } from '../stages/pipeline.js'
import { judgeSoak, soakShortfall, stageEntry } from '../stages/soak.js'
import { OVERRIDE_TRAILER } from '../reporting/override.js'
import type { Workspace } from './workspace.js'

export interface ReviewResult {
  /** False when neither side has the manifest or both sides are the same: nothing to review. */
  touched: boolean
  /** The pull request adds the manifest: its stages are the starting point, not moves. */
  initial?: boolean
  headText?: string
  problems: Problem[]
  changes: ReviewedResult[]
  /** The Model-Stage-Override trailers of the commits under review: audited overrides of soak and gates. */
  overrides: Array<{ commit: string; reason: string }>
}

export type ReviewedResult = ReviewedChange & {
  validation?: ValidationResult
  validationNotRun?: string
  gates?: GateResult[]
  /** Why it does not pass although its command exited 0 (metrics file, baseline run, gates). */
  failure?: string
  /** What an override in the pull request let through for this change (soak, gates). */
  overridden?: string[]
}

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
 * Compares the manifest at `baseRevision` with the work tree, judges every stage change by the lifecycle
 * rules (hand edits included), and validates every version entering production.
 */
export async function reviewManifest(
  workspace: Workspace,
  baseRevision: string,
  validation: ValidationOptions,
  options: ReviewOptions = {}
): Promise<ReviewResult> {
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
      return { touched: true, problems: [problem], changes: [], overrides: [] }
    }
    return { touched: false, problems: [], changes: [], overrides: [] }
  }

  const check = await checkManifest(headText, workspace.manifestName)
  if (baseText === undefined) {
    // A new manifest records the stages as they are when a team starts: there is no move to judge yet.
    return { touched: true, initial: true, headText, problems: check.problems, changes: [], overrides: [] }
  }
  // The stages are read as every command reads them: a head that breaks the manifest's profile is refused whole,
  // never read another way into stages that would then be judged.
  let headStages
  try {
    headStages = readStageMap(headText, workspace.manifestName)
  } catch (error) {
    if (error instanceof ManifestError)
      return { touched: true, headText, problems: check.problems, changes: [], overrides: [] }
    throw error
  }
  const baseName = `${workspace.manifestName}@${baseRevision}`
  const base = await readManifest(baseText, baseName).catch(() => undefined)
  // The pipeline the pull request would put in force judges its moves.
  const pipeline = pipelineOf(check.manifest ?? base ?? {})
  const changes = diffStages(readStageMap(baseText, baseName), headStages)
  const soaks = (to: string | null) => stageSpec(pipeline, to)?.soak !== undefined
  const needsHistory = changes.some(change => change.from === 'archived' || soaks(change.to))
  const history = needsHistory
    ? await readManifestHistory(git, workspace.manifestName, baseRevision)
    : { entries: [], revisions: 0, committedAt: new Map<string, string>() }
  const reviewed = reviewChanges(
    changes,
    (model, stage) => (history.revisions > 0 ? formerVersionsIn(history.entries, model, stage) : undefined),
    pipeline
  )
  const overrides = (
    await git.trailerValues(baseRevision, options.headRevision ?? 'HEAD', OVERRIDE_TRAILER)
  ).map(({ commit, value }) => ({ commit, reason: value }))
  const now = options.now ?? new Date()

  const results: ReviewResult['changes'] = []
  for (const change of reviewed) {
    if (!change.needsValidation || change.refusal || !check.manifest) {
      results.push(change)
      continue
    }
    const overridden: string[] = []
    const soak =
      change.operation === 'promote' && change.from !== null && change.to !== null
        ? judgeSoak(
            pipeline,
            change.from,
            change.to,
            stageEntry(history.entries, history.committedAt, change.model, change.version, change.from),
            now
          )
        : undefined
    if (soak && soak.remainingSeconds > 0) {
      const shortfall = soakShortfall(change.version, soak)
      if (overrides.length === 0) {
        results.push({
          ...change,
          refusal:
            `${change.version} may not enter ${change.to} yet: ${shortfall}. Wait, or record why it may: ` +
            `promote it with force and a reason, or add a commit with a ${OVERRIDE_TRAILER}: <reason> trailer`
        })
        continue
      }
      overridden.push(`soak: ${shortfall}`)
    }
    const data = check.manifest
    const production = baseProduction(base, change.model, pipeline)
    const target = change.to ?? ''
    if (options.untrustedHead) {
      // Nothing of the head runs; its recorded metrics are still judged by the gates, for the reviewer to see.
      const recorded = data.models[change.model]?.versions.get(change.version)?.metrics ?? {}
      results.push({
        ...change,
        validationNotRun: options.untrustedHead,
        gates: gatesFor(data, change.model, target).flatMap(set =>
          evaluateGates(set, recorded, production?.metrics)
        ),
        ...(overridden.length > 0 ? { overridden } : {})
      })
      continue
    }
    const uri = data.models[change.model]?.versions.get(change.version)?.uri
    const subject = { model: change.model, version: change.version, uri, stage: change.from ?? '', target }
    try {
      const gated = await validateForStage(workspace, data, subject, validation, production)
      const gatesOverridden = gated.failedOnGates === true && overrides.length > 0
      if (gatesOverridden)
        overridden.push(
          ...gated.gates.filter(rule => !rule.passed).map(rule => `metric gate: ${rule.metric} ${rule.rule}`)
        )
      results.push({
        ...change,
        validation: gated.validation,
        gates: gated.gates,
        failure: gatesOverridden ? undefined : gated.failure,
        ...(overridden.length > 0 ? { overridden } : {})
      })
    } catch (error) {
      // No validation command configured: the version cannot enter production, and the review says so at its line.
      if (!(error instanceof InputError)) throw error
      results.push({ ...change, refusal: error.message })
    }
  }
  return { touched: true, headText, problems: check.problems, changes: results, overrides }
}
