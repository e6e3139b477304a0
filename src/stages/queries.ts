import { ARCHIVED, assertModelName } from '../manifest/names.js'
import type { Manifest, Stage, Versions } from '../manifest/schema.js'
import { unknownModel } from './errors.js'
import { firstStage, lastStage, pipelineOf } from './pipeline.js'

/** A model's versions; an unknown model is an input error that lists the known ones. */
export function versionsOf(data: Manifest, model: string): Versions {
  assertModelName(model)
  const entry = data.models[model]
  if (!entry) {
    throw unknownModel(model, Object.keys(data.models))
  }
  return entry.versions
}

/** The version of a model in a stage (the first written, for a stage that is not exclusive). */
export function versionIn(data: Manifest, model: string, stage: Stage): string | undefined {
  return [...versionsOf(data, model)].find(([, entry]) => entry.stage === stage)?.[0]
}

/** The live version: the one in the pipeline's last stage (production, without `stages:`). */
export function productionVersion(data: Manifest, model: string): string | undefined {
  return versionIn(data, model, lastStage(pipelineOf(data)).name)
}

/** The newest (last written) version of a model in a stage. */
export function newestInStage(data: Manifest, model: string, stage: Stage): string | undefined {
  return [...versionsOf(data, model)]
    .filter(([, entry]) => entry.stage === stage)
    .map(([version]) => version)
    .pop()
}

/**
 * The newest version in the first stage of every model (or of `model`), with the stage it is promoted to: the
 * candidates evaluate validates.
 */
export function evaluationCandidates(
  data: Manifest,
  model?: string
): Array<{ model: string; version: string; from: Stage; to: Stage }> {
  const pipeline = pipelineOf(data)
  const from = firstStage(pipeline).name
  const to = pipeline.stages[1]?.name ?? lastStage(pipeline).name
  const models = model === undefined ? Object.keys(data.models) : [model]
  return models.flatMap(name => {
    const version = newestInStage(data, name, from)
    return version === undefined ? [] : [{ model: name, version, from, to }]
  })
}

export interface ModelStatus {
  model: string
  /** The live version: the one in the last stage. */
  production: string | null
  /** The versions in the first stage, in the order written: the newest last. */
  staging: string[]
  archived: string[]
  /** With a `stages:` list: every declared stage and the versions in it. */
  stages?: Record<string, string[]>
}

/** Where every model stands: one record per model, in the order written. */
export function manifestStatus(data: Manifest): ModelStatus[] {
  const pipeline = pipelineOf(data)
  const live = lastStage(pipeline).name
  const first = firstStage(pipeline).name
  return Object.entries(data.models).map(([model, entry]) => {
    // One pass over the versions: each stage's versions in the order written.
    const byStage = new Map<Stage, string[]>()
    entry.versions.forEach(({ stage }, version) => {
      const versions = byStage.get(stage)
      if (versions) versions.push(version)
      else byStage.set(stage, [version])
    })
    const inStage = (stage: Stage) => byStage.get(stage) ?? []
    const status: ModelStatus = {
      model,
      production: inStage(live)[0] ?? null,
      staging: inStage(first),
      archived: inStage(ARCHIVED)
    }
    if (data.stages)
      status.stages = Object.fromEntries(pipeline.stages.map(stage => [stage.name, [...inStage(stage.name)]]))
    return status
  })
}
