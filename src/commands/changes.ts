import { readManifest, readStageMap } from '../manifest/read.js'
import type { Manifest } from '../manifest/schema.js'
import { lastStage, pipelineOf } from '../stages/pipeline.js'
import { InputError, unknownModel } from '../stages/errors.js'
import { diffStages, type StageChange, type StageMap } from '../stages/states.js'
import type { Workspace } from './workspace.js'

/** A push that created a branch has no "before": git names it with zeros. */
const NO_COMMIT = /^0+$/
export const NO_COMMIT_YET = '0'.repeat(40)

export interface ProductionChange {
  model: string
  changed: boolean
  before: string | null
  version: string | null
  uri: string | null
}

export interface ChangesResult {
  from: string | null
  to: string
  transitions: StageChange[]
  /** With a model: whether its production version moved, and what is in production at `to`. */
  production?: ProductionChange
}

/** The stages a revision records (read through the manifest's profile: a revision that breaks it is an error). */
async function stagesAt(
  workspace: Workspace,
  commit: string | null
): Promise<{ text?: string; name: string; stages: StageMap }> {
  const name = `${workspace.manifestName}@${commit?.slice(0, 7) ?? 'none'}`
  if (commit === null || !workspace.git) return { name, stages: new Map() }
  const text = await workspace.git.show(commit, workspace.manifestName)
  if (text === undefined) return { name, stages: new Map() }
  return { text, name, stages: readStageMap(text, name) }
}

async function resolveRevision(workspace: Workspace, revision: string, name: string): Promise<string> {
  const commit = await workspace.git?.resolve(revision)
  if (!commit) throw new InputError(`${name}: unknown revision ${JSON.stringify(revision)}`)
  return commit
}

/** The stage transitions between two revisions, for a deploy job that acts only when production moved. */
export async function stageChanges(
  workspace: Workspace,
  revisions: { from: string; to: string; fromName: string; toName: string },
  model?: string
): Promise<ChangesResult> {
  if (!workspace.git) throw new InputError(`changes needs a git repository: ${workspace.root} is not one`)
  const from = NO_COMMIT.test(revisions.from)
    ? null
    : await resolveRevision(workspace, revisions.from, revisions.fromName)
  const to = await resolveRevision(workspace, revisions.to, revisions.toName)
  const before = await stagesAt(workspace, from)
  const after = await stagesAt(workspace, to)
  const all = diffStages(before.stages, after.stages)
  const result: ChangesResult = { from, to, transitions: model ? all.filter(t => t.model === model) : all }
  if (model === undefined) return result
  const known = [...new Set([...before.stages.keys(), ...after.stages.keys()])]
  if (!known.includes(model)) throw unknownModel(model, known)
  const data: Manifest | undefined =
    after.text === undefined ? undefined : await readManifest(after.text, after.name)
  const live = lastStage(pipelineOf(data ?? {})).name
  const productionIn = (stages: StageMap) =>
    [...(stages.get(model) ?? new Map()).entries()].find(([, stage]) => stage === live)?.[0] ?? null
  const version = productionIn(after.stages)
  const uri = (version !== null && data?.models[model]?.versions.get(version)?.uri) || null
  const previous = productionIn(before.stages)
  result.production = { model, changed: previous !== version, before: previous, version, uri }
  return result
}
