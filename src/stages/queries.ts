import type { Manifest, Stage } from '../manifest/schema.js'
import { newestInStage } from './plan.js'

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
