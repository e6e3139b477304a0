import { isMap, isScalar, parseDocument } from 'yaml'
import type { StageMap } from '../stages/states.js'
import { findPair, keyString } from './nodes.js'
import { readPlainLayout } from './plain-layout.js'
import { STAGE_NAME_PATTERN, type Stage } from './names.js'

/** Any stage name: which stages a revision declares is not for a lenient reader of history to judge. */
function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && STAGE_NAME_PATTERN.test(value)
}

/**
 * The stages a manifest text records, read leniently: an old revision may not pass today's checks,
 * and whatever can be read of it still counts. Undefined when the text is not YAML at all. The plain layout (the
 * one model-stages writes) is read by the fast line reader; anything else by the YAML parser.
 */
export function readStages(text: string): StageMap | undefined {
  return stagesOfValue(readPlainLayout(text)) ?? readDocumentStages(text)
}

/** readStages by the YAML parser alone, whatever the layout. */
export function readDocumentStages(text: string): StageMap | undefined {
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

function isMapValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** readStages' rules applied to a value already read: models with a versions map, versions with a known stage. */
function stagesOfValue(value: unknown): StageMap | undefined {
  if (!isMapValue(value) || !isMapValue(value.models)) return undefined
  const stages: StageMap = new Map()
  for (const [model, entry] of Object.entries(value.models)) {
    const versions = isMapValue(entry) ? entry.versions : undefined
    if (!isMapValue(versions)) continue
    const byVersion = new Map<string, Stage>()
    for (const [version, details] of Object.entries(versions)) {
      const stage = isMapValue(details) ? details.stage : undefined
      if (isStage(stage)) byVersion.set(version, stage)
    }
    stages.set(model, byVersion)
  }
  return stages
}

/** readStages for a block of model entries. */
export function readModelBlock(block: string): StageMap | undefined {
  return readStages(`models:\n${block}`)
}
