import { readValidManifest } from '../manifest/fast-read.js'
import { loadManifestText } from '../manifest/load.js'
import { lastStage, pipelineOf } from '../stages/pipeline.js'
import { InputError, unknownModel } from '../stages/errors.js'
import { readStages } from '../manifest/read-stages.js'
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

async function stagesAt(
  workspace: Workspace,
  commit: string | null
): Promise<{ text?: string; stages: StageMap }> {
  if (commit === null || !workspace.git) return { stages: new Map() }
  const text = await workspace.git.show(commit, workspace.manifestName)
  if (text === undefined) return { stages: new Map() }
  const stages = readStages(text)
  if (!stages) throw new InputError(`${workspace.manifestName} at ${commit.slice(0, 7)} is not valid YAML`)
  return { text, stages }
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
  const live = lastStage(pipelineOf((after.text && readValidManifest(after.text)) || {})).name
  const productionIn = (stages: StageMap) =>
    [...(stages.get(model) ?? new Map()).entries()].find(([, stage]) => stage === live)?.[0] ?? null
  const version = productionIn(after.stages)
  let uri: string | null = null
  if (version !== null && after.text !== undefined) {
    const data = loadManifestText(after.text, `${workspace.manifestName}@${to.slice(0, 7)}`).data
    uri = data.models[model]?.versions[version]?.uri ?? null
  }
  const previous = productionIn(before.stages)
  result.production = { model, changed: previous !== version, before: previous, version, uri }
  return result
}
