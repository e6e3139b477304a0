import { assertModelName } from '../manifest/names.js'
import type { Manifest, Stage, VersionEntry } from '../manifest/schema.js'
import { InputError } from './errors.js'
import { lastStage, pipelineOf } from './pipeline.js'

/** A model's versions; an unknown model is an input error that lists the known ones. */
export function versionsOf(data: Manifest, model: string): Record<string, VersionEntry> {
  assertModelName(model)
  const entry = data.models[model]
  if (!entry) {
    const known = Object.keys(data.models)
    throw new InputError(
      `unknown model ${model}; the manifest has: ${known.length > 0 ? known.join(', ') : 'no models'}`
    )
  }
  return entry.versions
}

/** The version of a model in a stage (the first written, for a stage that is not exclusive). */
export function versionIn(data: Manifest, model: string, stage: Stage): string | undefined {
  return Object.entries(versionsOf(data, model)).find(([, entry]) => entry.stage === stage)?.[0]
}

/** The live version: the one in the pipeline's last stage (production, without `stages:`). */
export function productionVersion(data: Manifest, model: string): string | undefined {
  return versionIn(data, model, lastStage(pipelineOf(data)).name)
}

/** The newest (last written) version of a model in a stage. */
export function newestInStage(data: Manifest, model: string, stage: Stage): string | undefined {
  return Object.entries(versionsOf(data, model))
    .filter(([, entry]) => entry.stage === stage)
    .map(([version]) => version)
    .pop()
}

/** The newest staging version of every model (or of `model`): the candidates evaluate validates. */
export function evaluationCandidates(
  data: Manifest,
  model?: string
): Array<{ model: string; version: string }> {
  const models = model === undefined ? Object.keys(data.models) : [model]
  return models.flatMap(name => {
    const version = newestInStage(data, name, 'staging')
    return version === undefined ? [] : [{ model: name, version }]
  })
}

export interface ModelStatus {
  model: string
  production: string | null
  /** In the order written: the newest last. */
  staging: string[]
  archived: string[]
}

/** Where every model stands: one record per model, in the order written. */
export function manifestStatus(data: Manifest): ModelStatus[] {
  return Object.entries(data.models).map(([model, entry]) => {
    const inStage = (stage: Stage) =>
      Object.entries(entry.versions)
        .filter(([, version]) => version.stage === stage)
        .map(([version]) => version)
    return {
      model,
      production: inStage('production')[0] ?? null,
      staging: inStage('staging'),
      archived: inStage('archived')
    }
  })
}
