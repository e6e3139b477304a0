import type { Manifest, Stage } from '../manifest/schema.js'
import { failedGates, validationResult } from '../stages/admission.js'
import { RefusedError } from '../stages/errors.js'
import type { GateResult } from '../stages/gates.js'
import { firstStage, pipelineOf } from '../stages/pipeline.js'
import { evaluationCandidates } from '../stages/queries.js'
import type { MoveOutcome } from './prepare-move.js'

/** A model's newest version in the first stage, and the stage evaluate promotes it to. */
export interface Candidate {
  model: string
  version: string
  from: Stage
  to: Stage
}

/** How a door carries out one promotion: in the work tree (CLI), or on the base branch (action). */
export type PromoteCandidate<Applied> = (
  candidate: Candidate
) => Promise<{ outcome: MoveOutcome; applied?: Applied }>

export interface EvaluatedCandidate<Applied> extends Candidate {
  /** promoted; rejected by its validation or gates; held back before validation (soak); already there. */
  status: 'promoted' | 'rejected' | 'held' | 'unchanged'
  outcome?: MoveOutcome
  /** What the door did with a promotion (a commit, a pull request). */
  applied?: Applied
  /** held: why the pipeline holds it back. */
  reason?: string
  /** rejected: the validation's exit code, and the gate rules it failed. */
  exitCode?: number | null
  failedGates?: GateResult[]
}

export interface EvaluateResult<Applied> {
  /** The stage candidates are taken from. */
  from: Stage
  evaluated: Array<EvaluatedCandidate<Applied>>
}

/**
 * The one evaluate loop: each model's newest candidate (or MODEL's; or the `candidates` whose results were
 * gathered) is validated and promoted by the door's `promote`. A candidate the pipeline holds back, or whose validation fails, stays where it is; the others go on.
 */
export async function evaluate<Applied>(
  data: Manifest,
  model: string | undefined,
  promote: PromoteCandidate<Applied>,
  candidates: readonly Candidate[] = evaluationCandidates(data, model)
): Promise<EvaluateResult<Applied>> {
  const evaluated: Array<EvaluatedCandidate<Applied>> = []
  for (const candidate of candidates) {
    let done: Awaited<ReturnType<PromoteCandidate<Applied>>>
    try {
      done = await promote(candidate)
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error
      evaluated.push({ ...candidate, status: 'held', reason: error.message })
      continue
    }
    const { outcome, applied } = done
    const version = outcome.plan.version
    if (outcome.verdict === 'failed') {
      const failed = failedGates(outcome.admission)
      evaluated.push({
        ...candidate,
        version,
        status: 'rejected',
        outcome,
        exitCode: validationResult(outcome.admission)?.exitCode ?? null,
        ...(failed.length > 0 ? { failedGates: failed } : {})
      })
      continue
    }
    const status = outcome.plan.transitions.length === 0 ? 'unchanged' : 'promoted'
    evaluated.push({ ...candidate, version, status, outcome, ...(applied === undefined ? {} : { applied }) })
  }
  return { from: firstStage(pipelineOf(data)).name, evaluated }
}

/**
 * Runs `work` for each item, at most `jobs` at once, and gives the results in the items' order: validations that
 * run side by side, each in its own process group, with the same outcome as one after another.
 */
export async function inParallel<Item, Result>(
  items: readonly Item[],
  jobs: number,
  work: (item: Item) => Promise<Result>
): Promise<Result[]> {
  const results: Result[] = new Array<Result>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as Item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker))
  return results
}
