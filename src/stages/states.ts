import { isMap, isScalar, parseDocument } from 'yaml'
import { STAGES, type Stage } from '../manifest/schema.js'
import { findPair, keyString } from '../manifest/nodes.js'
import type { StageOrAbsent } from './rules.js'

/** model → version → stage, in the order written. */
export type StageMap = Map<string, Map<string, Stage>>

export interface StageChange {
  model: string
  version: string
  from: StageOrAbsent
  to: StageOrAbsent
}

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

/** Every version whose stage differs between two states, models and versions in the order written. */
export function diffStages(before: StageMap, after: StageMap): StageChange[] {
  const changes: StageChange[] = []
  const models = new Set([...before.keys(), ...after.keys()])
  for (const model of models) {
    const old = before.get(model) ?? new Map<string, Stage>()
    const current = after.get(model) ?? new Map<string, Stage>()
    const versions = new Set([...old.keys(), ...current.keys()])
    for (const version of versions) {
      const from = old.get(version) ?? null
      const to = current.get(version) ?? null
      if (from !== to) changes.push({ model, version, from, to })
    }
  }
  return changes
}
