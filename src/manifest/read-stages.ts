import { isMap, isScalar, parseDocument } from 'yaml'
import type { StageMap } from '../stages/states.js'
import { findPair, keyString } from './nodes.js'
import { STAGES, type Stage } from './names.js'

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

const KEY_LINE =
  /^( *)("([^"\\\n]*)"|'([^'\n]*)'|[^\s#'"{[&*!|>%@`][^:#\n]*?):(?:[ \t]+(.*?))?[ \t]*(?:[ \t]#.*)?\r?$/
const PLAIN_WORD = /^[^\s#'"{[&*!|>%@`,]+$/

interface KeyLine {
  indent: number
  key: string
  /** What follows the colon on the line (a scalar or a one-line flow map), if anything. */
  value?: string
}

function keyLine(line: string): KeyLine | undefined {
  const match = KEY_LINE.exec(line)
  if (!match) return undefined
  const key = match[3] ?? match[4] ?? (match[2] ?? '').trimEnd()
  return { indent: match[1]?.length ?? 0, key, value: match[5] || undefined }
}

/** A one-line `{ stage: production, uri: … }`: its stage, or null when it has none; undefined when too complex. */
function flowStage(value: string): string | null | undefined {
  const inner = /^\{(.*)\}$/.exec(value)?.[1]
  if (inner === undefined || /[{}[\]"'&*!|>`]/.test(inner)) return undefined
  let stage: string | null = null
  const seen = new Set<string>()
  for (const item of inner.split(',')) {
    const [key = '', ...rest] = item.split(':')
    const name = key.trim()
    if (name === '' && rest.length === 0) continue
    if (seen.has(name)) return undefined
    seen.add(name)
    if (name === 'stage') stage = rest.join(':').trim()
  }
  return stage
}

/**
 * readStages for a block of model entries in the layout model-stages writes (block maps, one-line flow maps
 * for versions), read line by line; anything else in the block is read by readStages itself.
 */
export function readModelBlock(block: string): StageMap | undefined {
  return readBlockLines(block) ?? readStages(`models:\n${block}`)
}

function readBlockLines(block: string): StageMap | undefined {
  const stages: StageMap = new Map()
  const modelNames = new Set<string>()
  let modelIndent = -1
  let modelName = ''
  let childIndent = -1
  let inVersions = false
  let versionIndent = -1
  let versionNames = new Set<string>()
  let version: { name: string; stage: string | null; childIndent: number; keys: Set<string> } | undefined
  const finishVersion = () => {
    if (!version) return
    const versions = stages.get(modelName) ?? new Map<string, Stage>()
    stages.set(modelName, versions)
    if (version.stage !== null && isStage(version.stage)) versions.set(version.name, version.stage)
    version = undefined
  }
  for (const line of block.split('\n')) {
    if (/^\s*(#.*)?\r?$/.test(line)) continue
    const entry = keyLine(line)
    if (!entry) return undefined
    const indent = entry.indent
    if (modelIndent === -1) modelIndent = indent
    if (indent < modelIndent) return undefined
    if (indent === modelIndent) {
      finishVersion()
      if (entry.value !== undefined || modelNames.has(entry.key)) return undefined
      modelNames.add(entry.key)
      modelName = entry.key
      childIndent = -1
      inVersions = false
      continue
    }
    if (childIndent === -1) childIndent = indent
    if (indent < childIndent) return undefined
    if (indent === childIndent) {
      finishVersion()
      if (entry.key === 'versions' && entry.value !== undefined) return undefined
      inVersions = entry.key === 'versions'
      versionIndent = -1
      versionNames = new Set()
      continue
    }
    if (!inVersions) continue
    if (versionIndent === -1) versionIndent = indent
    if (indent < versionIndent) return undefined
    if (indent === versionIndent) {
      finishVersion()
      if (versionNames.has(entry.key)) return undefined
      versionNames.add(entry.key)
      const stage = entry.value === undefined ? null : flowStage(entry.value)
      if (stage === undefined) return undefined
      version = { name: entry.key, stage, childIndent: -1, keys: new Set() }
      // A one-line flow map is the whole version; nothing may follow it more deeply.
      if (entry.value !== undefined) {
        finishVersion()
        version = undefined
      }
      continue
    }
    if (!version) return undefined
    if (version.childIndent === -1) version.childIndent = indent
    if (indent < version.childIndent) return undefined
    if (indent > version.childIndent) continue
    if (version.keys.has(entry.key)) return undefined
    version.keys.add(entry.key)
    if (entry.key === 'stage') {
      if (entry.value === undefined || !PLAIN_WORD.test(entry.value)) return undefined
      version.stage = entry.value
    }
  }
  finishVersion()
  return stages
}
