import { isMap, isScalar, parseDocument } from 'yaml'
import type { StageMap } from '../stages/states.js'
import { findPair, keyString } from './nodes.js'
import { STAGES, type Stage } from './schema.js'

function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value)
}

/**
 * The stages a manifest text records, read leniently: an old revision may not pass today's checks,
 * and whatever can be read of it still counts. Undefined when the text is not YAML at all.
 */
export function readStages(text: string): StageMap | undefined {
  const doc = parseDocument(text, { uniqueKeys: false })
  if (doc.errors.length > 0) return undefined
  const stages: StageMap = new Map()
  const models = findPair(doc.contents, 'models')?.value
  if (!isMap(models)) return stages
  for (const modelPair of models.items) {
    const model = keyString(modelPair.key)
    const versions = findPair(modelPair.value, 'versions')?.value
    if (model === undefined || !isMap(versions)) continue
    const byVersion = new Map<string, Stage>()
    for (const versionPair of versions.items) {
      const key = versionPair.key
      const version =
        isScalar(key) && typeof key.value !== 'string' ? (key.source ?? keyString(key)) : keyString(key)
      const stage = findPair(versionPair.value, 'stage')?.value
      if (version !== undefined && isScalar(stage) && isStage(stage.value))
        byVersion.set(version, stage.value)
    }
    stages.set(model, byVersion)
  }
  return stages
}
