import { readManifest } from '../../manifest/read.js'
import { MAX_SHARDS } from '../../manifest/schema.js'
import { InputError, RefusedError } from '../../stages/errors.js'
import { evaluationCandidates } from '../../stages/queries.js'
import { prepareMove } from '../prepare-move.js'
import type { Workspace } from '../workspace.js'
import { gitBlobId } from './fingerprint.js'

/** One job of the validation matrix: a candidate, or one shard of it. */
export interface MatrixEntry {
  model: string
  version: string
  to: string
  shard: number
  shards: number
}

export interface EvaluationPlan {
  /** The commit the plan was made on: the matrix jobs check it out. Null when the manifest has uncommitted changes. */
  revision: string | null
  /** The manifest text planned on, as git names it. */
  blob: string
  /** What `strategy.matrix` takes as it is. */
  matrix: { include: MatrixEntry[] }
  /** Candidates held back before any validation (a soak): no job is planned for them. */
  held: Array<{ model: string; version: string; reason: string }>
}

/**
 * The candidates `evaluate` would validate, one matrix entry each (one per shard when the model declares
 * `shards`); a candidate the pipeline holds back before validation gets no job.
 */
export async function planEvaluation(
  workspace: Workspace,
  text: string,
  model: string | undefined
): Promise<EvaluationPlan> {
  const data = await readManifest(text, workspace.manifestName)
  const include: MatrixEntry[] = []
  const held: EvaluationPlan['held'] = []
  for (const candidate of evaluationCandidates(data, model)) {
    try {
      await prepareMove({
        workspace,
        text,
        command: 'promote',
        args: { model: candidate.model, version: candidate.version, to: candidate.to },
        validation: {},
        stopBeforeValidation: true
      })
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error
      held.push({ model: candidate.model, version: candidate.version, reason: error.message })
      continue
    }
    const shards = data.models[candidate.model]?.shards ?? 1
    for (let shard = 1; shard <= shards; shard++)
      include.push({ model: candidate.model, version: candidate.version, to: candidate.to, shard, shards })
  }
  if (include.length > MAX_SHARDS)
    throw new InputError(
      `the plan needs ${include.length} validation jobs and GitHub runs at most ${MAX_SHARDS} from one matrix: ` +
        'plan one model at a time (evaluate MODEL --plan), or declare fewer shards'
    )
  const committed = workspace.git
    ? !(await workspace.git.hasChanges(workspace.manifestName)) && (await workspace.git.resolve('HEAD'))
    : undefined
  return { revision: committed || null, blob: gitBlobId(text), matrix: { include }, held }
}
