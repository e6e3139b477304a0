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
 * The one evaluate loop: each model's newest candidate (or MODEL's) is validated and promoted by the door's
 * `promote`. A candidate the pipeline holds back, or whose validation fails, stays where it is; the others go on.
 */
export async function evaluate<Applied>(
  data: Manifest,
  model: string | undefined,
  promote: PromoteCandidate<Applied>
): Promise<EvaluateResult<Applied>> {
  const evaluated: Array<EvaluatedCandidate<Applied>> = []
  for (const candidate of evaluationCandidates(data, model)) {
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
