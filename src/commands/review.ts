import { readFile } from 'node:fs/promises'
import { readManifestHistory } from '../adapters/manifest-history.js'
import type { ValidationResult } from '../adapters/validation.js'
import { checkManifestText } from '../manifest/load.js'
import type { Problem } from '../manifest/problems.js'
import { formerProductionVersions } from '../stages/history.js'
import { InputError } from '../stages/errors.js'
import { reviewChanges, type ReviewedChange } from '../stages/review.js'
import { readStages } from '../manifest/read-stages.js'
import { diffStages } from '../stages/states.js'
import { validateForProduction, type ValidationOptions } from './validate.js'
import { readValidManifest } from '../manifest/fast-read.js'
import { evaluateGates, gatesFor, type GateResult } from '../stages/gates.js'
import type { Workspace } from './workspace.js'

export interface ReviewResult {
  /** False when neither side has the manifest or both sides are the same: nothing to review. */
  touched: boolean
  /** The pull request adds the manifest: its stages are the starting point, not moves. */
  initial?: boolean
  headText?: string
  problems: Problem[]
  changes: ReviewedResult[]
}

export type ReviewedResult = ReviewedChange & {
  validation?: ValidationResult
  validationNotRun?: string
  gates?: GateResult[]
  /** Why it does not pass although its command exited 0 (metrics file, baseline run, gates). */
  failure?: string
}

/** The production version a change replaces, as the base records it (its metrics are the gates' baseline). */
function baseProduction(
  baseText: string,
  model: string
): { version: string; uri?: string; metrics?: Record<string, number> } | undefined {
  const data = readValidManifest(baseText)
  const versions = data?.models[model]?.versions ?? {}
  const current = Object.entries(versions).find(([, entry]) => entry.stage === 'production')
  return current ? { version: current[0], uri: current[1].uri, metrics: current[1].metrics } : undefined
}

export interface ReviewOptions {
  /** The head's manifest as git has it (undefined: deleted there), instead of the work tree's. */
  headText?: string
  /** Why no command from the head may run: versions entering production are then not validated, and say why. */
  untrustedHead?: string
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
      return { touched: true, problems: [problem], changes: [] }
    }
    return { touched: false, problems: [], changes: [] }
  }

  const check = checkManifestText(headText, workspace.manifestName)
  if (baseText === undefined) {
    // A new manifest records the stages as they are when a team starts: there is no move to judge yet.
    return { touched: true, initial: true, headText, problems: check.problems, changes: [] }
  }
  const changes = diffStages(readStages(baseText) ?? new Map(), readStages(headText) ?? new Map())
  const needsHistory = changes.some(change => change.from === 'archived' && change.to === 'production')
  const history = needsHistory
    ? await readManifestHistory(git, workspace.manifestName, baseRevision)
    : { entries: [], revisions: 0 }
  const reviewed = reviewChanges(changes, model =>
    history.revisions > 0 ? formerProductionVersions(history.entries, model) : undefined
  )

  const results: ReviewResult['changes'] = []
  for (const change of reviewed) {
    if (!change.needsValidation || change.refusal || !check.manifest) {
      results.push(change)
      continue
    }
    const data = check.manifest.data
    const production = baseProduction(baseText, change.model)
    if (options.untrustedHead) {
      // Nothing of the head runs; its recorded metrics are still judged by the gates, for the reviewer to see.
      const gates = gatesFor(data, change.model)
      const recorded = data.models[change.model]?.versions[change.version]?.metrics ?? {}
      results.push({
        ...change,
        validationNotRun: options.untrustedHead,
        gates: gates ? evaluateGates(gates, recorded, production?.metrics) : []
      })
      continue
    }
    const uri = data.models[change.model]?.versions[change.version]?.uri
    const subject = { model: change.model, version: change.version, uri, stage: change.from ?? '' }
    try {
      const gated = await validateForProduction(workspace, data, subject, validation, production)
      results.push({ ...change, validation: gated.validation, gates: gated.gates, failure: gated.failure })
    } catch (error) {
      // No validation command configured: the version cannot enter production, and the review says so at its line.
      if (!(error instanceof InputError)) throw error
      results.push({ ...change, refusal: error.message })
    }
  }
  return { touched: true, headText, problems: check.problems, changes: results }
}
