import { redact } from '../../adapters/secrets.js'
import { readManifest } from '../../manifest/read.js'
import { InputError } from '../../stages/errors.js'
import { takeDigest } from '../digest.js'
import { planMove } from '../moves.js'
import { measure, type ValidationOptions } from '../validate.js'
import type { Workspace } from '../workspace.js'
import { gitBlobId, modelFingerprint } from './fingerprint.js'
import { RESULT_KIND, type ResultFile } from './result-file.js'

export interface ValidateOneRequest {
  model: string
  version?: string
  to?: string
  /** `I/N`, as the plan's matrix entry gives it. */
  shard?: { index: number; count: number }
}

/** The workflow run a result comes from (GITHUB_REPOSITORY, GITHUB_RUN_ID, …), when it ran in one. */
export type RunOrigin = ResultFile['run']

/**
 * Validates one candidate (one shard of it) exactly as a promotion would, and says what it found as a result file:
 * nothing is written to the manifest, and no token is needed. The admission (soak, gates, the pipeline) is for the
 * job that gathers the results.
 */
export async function validateOne(
  workspace: Workspace,
  text: string,
  request: ValidateOneRequest,
  options: ValidationOptions,
  run: RunOrigin
): Promise<ResultFile> {
  const data = await readManifest(text, workspace.manifestName)
  const plan = planMove('promote', data, { model: request.model, version: request.version, to: request.to })
  const move = plan.transitions.find(transition => transition.cause === 'requested')
  if (!move || move.to === null) throw new InputError(`nothing to validate: ${plan.note ?? 'no move'}`)
  const declared = data.models[request.model]?.shards ?? 1
  const shard = request.shard ?? { index: 1, count: 1 }
  if (shard.count !== declared)
    throw new InputError(
      declared === 1
        ? `${request.model} declares no shards: validate it whole (leave out the shard)`
        : `${request.model} declares shards: ${declared}: give the shard as I/${declared} (from the plan's matrix)`
    )
  const entry = data.models[request.model]?.versions.get(plan.version)
  const subject = {
    model: plan.model,
    version: plan.version,
    uri: entry?.uri,
    stage: move.from ?? '',
    target: move.to
  }
  // Taken where the artifact is validated; the job that gathers compares it with the recorded one.
  const digest = entry?.digest
    ? (await takeDigest(workspace, data, subject, options.timeoutSeconds)).digest
    : null
  const measured = await measure(workspace, data, subject, { ...options, ...(declared > 1 ? { shard } : {}) })
  const { validation } = measured
  return {
    kind: RESULT_KIND,
    format: 1,
    model: plan.model,
    version: plan.version,
    from: move.from ?? '',
    to: move.to,
    shard,
    manifest: {
      path: workspace.manifestName,
      blob: gitBlobId(text),
      model: modelFingerprint(data, plan.model) as string
    },
    validation: {
      status: validation.status,
      command: redact(validation.command),
      exitCode: validation.exitCode,
      signal: validation.signal,
      durationMs: validation.durationMs,
      tail: redact(validation.tail)
    },
    metrics: measured.metrics ?? null,
    digest,
    problem: measured.error === undefined ? null : redact(measured.error),
    run
  }
}
