import type { Manifest } from '../manifest/schema.js'
import { InputError } from '../stages/errors.js'
import { pipelineOf, stageNames } from '../stages/pipeline.js'
import { takeDigest } from './digest.js'
import type { Workspace } from './workspace.js'

export interface VerifiedVersion {
  model: string
  version: string
  stage: string
  uri: string | null
  recorded: string | null
  /** The digest taken now; null when none is recorded, or when it could not be taken. */
  now: string | null
  /** ok: the same bytes; drift: other bytes; unreadable: the digest could not be taken; unrecorded: nothing to compare. */
  status: 'ok' | 'drift' | 'unreadable' | 'unrecorded'
  error?: string
}

/** The stages verify looks at: those named, else every exclusive stage (what is served). */
export function verifiedStages(data: Manifest, stages: readonly string[] | undefined): string[] {
  const pipeline = pipelineOf(data)
  if (!stages || stages.length === 0)
    return pipeline.stages.filter(stage => stage.exclusive).map(stage => stage.name)
  const known = stageNames(pipeline)
  for (const stage of stages)
    if (!known.includes(stage))
      throw new InputError(`unknown stage ${stage}: the stages are ${known.join(', ')}`)
  return [...stages]
}

/**
 * Takes again the digest of every version in the given stages (of every model, or MODEL's) and compares it with
 * the one recorded: the bytes served are the bytes that were validated, or the drift is named.
 */
export async function verifyDigests(
  workspace: Workspace,
  data: Manifest,
  model: string | undefined,
  stages: readonly string[] | undefined
): Promise<VerifiedVersion[]> {
  if (model !== undefined && !data.models[model]) throw new InputError(`unknown model ${model}`)
  const looked = verifiedStages(data, stages)
  const verified: VerifiedVersion[] = []
  for (const name of model === undefined ? Object.keys(data.models) : [model]) {
    for (const [version, entry] of data.models[name]?.versions ?? []) {
      if (!looked.includes(entry.stage)) continue
      const base = {
        model: name,
        version,
        stage: entry.stage,
        uri: entry.uri ?? null,
        recorded: entry.digest ?? null
      }
      if (!entry.digest) {
        verified.push({ ...base, now: null, status: 'unrecorded' })
        continue
      }
      try {
        const subject = { model: name, version, uri: entry.uri, stage: entry.stage, target: entry.stage }
        const { digest } = await takeDigest(workspace, data, subject)
        verified.push({ ...base, now: digest, status: digest === entry.digest ? 'ok' : 'drift' })
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        verified.push({ ...base, now: null, status: 'unreadable', error: message })
      }
    }
  }
  return verified
}

/** Whether verify fails: a digest that differs, or one that could not be taken. */
export function verifyFailed(verified: readonly VerifiedVersion[]): boolean {
  return verified.some(entry => entry.status === 'drift' || entry.status === 'unreadable')
}
