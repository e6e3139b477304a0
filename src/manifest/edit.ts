import {
  isMap,
  isScalar,
  parseDocument,
  stringify,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap
} from 'yaml'
import { modelBlock, modelsLayout } from './blocks.js'
import type { OpenManifest } from './read.js'
import { findPair, keyString, locate } from './nodes.js'
import type { Stage, VersionEntry } from './schema.js'

/** A change to the manifest text: replace [start, end) with `text`. */
export interface Splice {
  start: number
  end: number
  text: string
}

export type ManifestChange =
  | { kind: 'set-stage'; model: string; version: string; stage: Stage }
  | { kind: 'add-version'; model: string; version: string; entry: VersionEntry }
  | { kind: 'set-metrics'; model: string; version: string; metrics: Record<string, number> }
  /** `blocked: <reason>` written, or (reason null) removed. */
  | { kind: 'set-blocked'; model: string; version: string; reason: string | null }

export class UneditableLayoutError extends Error {}

/** What an edit reads: the text and its document. */
type EditTarget = Pick<OpenManifest, 'file' | 'text' | 'doc'>

/**
 * Applies changes by splicing the source text at node ranges, so that every line that carries
 * no changed value stays byte-identical (comments, blank lines, quoting, flow maps included).
 */
export function editManifestText(manifest: OpenManifest, changes: readonly ManifestChange[]): string {
  const views = new Map<string, ModelView>()
  const splices = changes.flatMap(change => {
    const view = views.get(change.model) ?? modelView(manifest, change.model)
    views.set(change.model, view)
    const local = changeSplices(view.manifest, change)
    return local.map(splice => ({
      ...splice,
      start: splice.start + view.offset,
      end: splice.end + view.offset
    }))
  })
  return applySplices(manifest.text, splices)
}

function changeSplices(manifest: EditTarget, change: ManifestChange): Splice[] {
  switch (change.kind) {
    case 'set-stage':
      return [stageSplice(manifest, change.model, change.version, change.stage)]
    case 'set-metrics':
      return [metricsSplice(manifest, change.model, change.version, change.metrics)]
    case 'set-blocked':
      return [blockedSplice(manifest, change.model, change.version, change.reason)]
    case 'add-version':
      return addVersionSplices(manifest, change.model, change.version, change.entry)
  }
}

interface ModelView {
  /** The text and document the splices are computed on. */
  manifest: EditTarget
  /** Where that text starts in the manifest's. */
  offset: number
}

const BLOCK_PREFIX = 'models:\n'

/**
 * A model's block read on its own (`models:` prepended), so that an edit of one model in a large manifest parses
 * that block, not the file; the whole document when the model has no block of its own (a new model).
 */
function modelView(manifest: OpenManifest, model: string): ModelView {
  const layout = modelsLayout(manifest.text)
  const block = layout && modelBlock(manifest.text, layout, model)
  if (block) {
    const text = BLOCK_PREFIX + manifest.text.slice(block.start, block.end)
    const doc = parseDocument(text, { uniqueKeys: true })
    if (doc.errors.length === 0)
      return { manifest: { file: manifest.file, text, doc }, offset: block.start - BLOCK_PREFIX.length }
  }
  return { manifest, offset: 0 }
}

function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = [...splices].sort((a, b) => b.start - a.start)
  let result = text
  for (const splice of ordered)
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end)
  return result
}

function stageSplice(manifest: EditTarget, model: string, version: string, stage: Stage): Splice {
  const node = locate(manifest.doc.contents, ['models', model, 'versions', version, 'stage']).value
  if (!isScalar(node) || !node.range) {
    throw new UneditableLayoutError(`cannot find the stage of ${model} ${version} in ${manifest.file}`)
  }
  const text = quoteLike(node, stage)
  const [start, end] = node.range
  // Keep a trailing comment in its column: `stage: production   # live` → `stage: archived     # live`.
  const gap = /^( +)#/.exec(manifest.text.slice(end))?.[1]
  if (gap === undefined) return { start, end, text }
  const width = Math.max(1, gap.length + (end - start) - text.length)
  return { start, end: end + gap.length, text: text + ' '.repeat(width) }
}

/** A version's metrics, written as one flow map: its `metrics:` value replaced, or a `metrics:` entry added. */
function metricsSplice(
  manifest: EditTarget,
  model: string,
  version: string,
  metrics: Record<string, number>
): Splice {
  const entry = locate(manifest.doc.contents, ['models', model, 'versions', version]).value
  if (!isMap(entry)) throw new UneditableLayoutError(`cannot find ${model} ${version} in ${manifest.file}`)
  const text = flowMap(metrics)
  const pair = findPair(entry, 'metrics')
  const value = pair?.value
  if (pair && value?.range) {
    if (!isMap(value) || value.flow) return { start: value.range[0], end: value.range[1], text }
    const colon = manifest.text.indexOf(':', (pair.key as Node).range?.[1] ?? value.range[0])
    return { start: colon + 1, end: value.range[1], text: ` ${text}` }
  }
  if (entry.flow) return flowInsert(manifest, entry, `metrics: ${text}`)
  const indent = indentOf(manifest, entry.items[0]?.key as Node) ?? 0
  const { offset, prefix } = afterLastEntry(manifest, entry)
  return blockSplice(manifest, offset, prefix, [`metrics: ${text}`], indent)
}

/** A version's `blocked:` reason: its value replaced, an entry added after the last, or (null) its entry removed. */
function blockedSplice(manifest: EditTarget, model: string, version: string, reason: string | null): Splice {
  const entry = locate(manifest.doc.contents, ['models', model, 'versions', version]).value
  if (!isMap(entry)) throw new UneditableLayoutError(`cannot find ${model} ${version} in ${manifest.file}`)
  const pair = findPair(entry, 'blocked')
  const key = pair?.key as Node | undefined
  const value = pair?.value as Node | undefined
  if (pair && key?.range && value?.range) {
    if (reason !== null)
      return {
        start: value.range[0],
        end: value.range[1],
        text: isScalar(value) ? quoteLike(value, reason) : plainOrQuoted(reason)
      }
    return entry.flow ? flowRemove(manifest, key.range[0], value.range[1]) : lineRemove(manifest, key, value)
  }
  if (reason === null)
    throw new UneditableLayoutError(`${model} ${version} is not blocked in ${manifest.file}`)
  const line = `blocked: ${plainOrQuoted(reason)}`
  if (entry.flow) return flowInsert(manifest, entry, line)
  const indent = indentOf(manifest, entry.items[0]?.key as Node) ?? 0
  const { offset, prefix } = afterLastEntry(manifest, entry)
  return blockSplice(manifest, offset, prefix, [line], indent)
}

/** A block map's entry removed whole: the lines from its key to the end of its value. */
function lineRemove(manifest: EditTarget, key: Node, value: Node): Splice {
  const text = manifest.text
  const start = lineStart(text, key.range?.[0] ?? 0)
  const newline = text.indexOf('\n', Math.max((value.range?.[1] ?? 0) - 1, 0))
  return { start, end: newline === -1 ? text.length : newline + 1, text: '' }
}

/** A flow map's entry removed with the comma that joins it to its neighbours. */
function flowRemove(manifest: EditTarget, start: number, end: number): Splice {
  const text = manifest.text
  const before = text.slice(0, start).trimEnd()
  if (before.endsWith(',')) return { start: before.length - 1, end, text: '' }
  const after = /^\s*,\s*/.exec(text.slice(end))
  return { start, end: end + (after?.[0].length ?? 0), text: '' }
}

function quoteLike(node: Scalar, value: string): string {
  if (node.type === 'QUOTE_DOUBLE') return JSON.stringify(value)
  if (node.type === 'QUOTE_SINGLE') return `'${value.replaceAll("'", "''")}'`
  return plainOrQuoted(value)
}

/** A scalar as YAML would write it on one line: plain when it reads back as the same string. */
function plainOrQuoted(value: string): string {
  const written = stringify(value, { lineWidth: 0 }).trimEnd()
  return written.includes('\n') ? JSON.stringify(value) : written
}

/** Writes a new key the way its neighbours are written; quoted when there is no neighbour to follow. */
function keyLike(sibling: Node | undefined, key: string): string {
  if (isScalar(sibling) && sibling.type === 'PLAIN') return plainOrQuoted(key)
  if (isScalar(sibling) && sibling.type === 'QUOTE_SINGLE') return `'${key}'`
  return JSON.stringify(key)
}

function entryLines(entry: VersionEntry): string[] {
  const lines = [`stage: ${entry.stage}`]
  if (entry.uri !== undefined) lines.push(`uri: ${plainOrQuoted(entry.uri)}`)
  if (entry.digest !== undefined) lines.push(`digest: ${plainOrQuoted(entry.digest)}`)
  if (entry.description !== undefined) lines.push(`description: ${plainOrQuoted(entry.description)}`)
  if (entry.blocked !== undefined) lines.push(`blocked: ${plainOrQuoted(entry.blocked)}`)
  if (entry.metrics !== undefined) lines.push(`metrics: ${flowMap(entry.metrics)}`)
  if (entry.metadata !== undefined) lines.push(`metadata: ${flowMap(entry.metadata)}`)
  return lines
}

/** A map on one line, `{ auc: 0.93, f1: 0.8 }`, as the manifest's examples write metrics. */
function flowMap(map: Record<string, unknown>): string {
  return stringify(map, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd()
}

function entryFlow(entry: VersionEntry): string {
  return `{ ${entryLines(entry).join(', ')} }`
}

/** New lines end the way the file's lines do. */
function lineBreak(manifest: EditTarget): string {
  return manifest.text.includes('\r\n') ? '\r\n' : '\n'
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function indentOf(manifest: EditTarget, node: Node | undefined | null): number | undefined {
  const offset = node?.range?.[0]
  if (offset === undefined) return undefined
  return offset - lineStart(manifest.text, offset)
}

/** Where a new block entry goes: at the start of the line after the map's last entry. */
function afterLastEntry(manifest: EditTarget, map: YAMLMap): { offset: number; prefix: string } {
  const last = map.items[map.items.length - 1]
  const end =
    (last?.value as Node | null)?.range?.[1] ?? (last?.key as Node | null)?.range?.[1] ?? map.range?.[1]
  if (end === undefined)
    throw new UneditableLayoutError(`cannot find where to add an entry in ${manifest.file}`)
  const text = manifest.text
  const newline = text.indexOf('\n', Math.max(end - 1, 0))
  if (newline === -1) return { offset: text.length, prefix: lineBreak(manifest) }
  return { offset: newline + 1, prefix: '' }
}

function addVersionSplices(
  manifest: EditTarget,
  model: string,
  version: string,
  entry: VersionEntry
): Splice[] {
  const modelPair = findPair(findPair(manifest.doc.contents, 'models')?.value, model)
  if (!modelPair) return addModelSplices(manifest, model, version, entry)
  const versionBlock = (depth: number) => versionLines(version, entry, depth)
  const modelNode = modelPair.value
  const versionsPair = findPair(modelNode, 'versions')
  if (!versionsPair) {
    // A model declared before its first version: it gets a versions block.
    if (isMap(modelNode) && !modelNode.flow && modelNode.items.length > 0) {
      const indent = indentOf(manifest, modelNode.items[0]?.key as Node) ?? 4
      const { offset, prefix } = afterLastEntry(manifest, modelNode)
      return [blockSplice(manifest, offset, prefix, ['versions:', ...versionBlock(1)], indent)]
    }
    if (isMap(modelNode) && modelNode.items.length === 0)
      return emptyFlowToBlock(manifest, modelPair, ['versions:', ...versionBlock(1)])
    throw new UneditableLayoutError(`model ${model} in ${manifest.file} is not a map`)
  }
  const versions = versionsPair.value
  if (!isMap(versions))
    throw new UneditableLayoutError(`model ${model} has no versions map in ${manifest.file}`)
  if (versions.items.length === 0) return emptyFlowToBlock(manifest, versionsPair, versionBlock(0))

  const lastPair = versions.items[versions.items.length - 1]
  if (versions.flow)
    return [flowInsert(manifest, versions, `${keyLike(lastPair?.key as Node, version)}: ${entryFlow(entry)}`)]

  const keyIndent = indentOf(manifest, lastPair?.key as Node) ?? 0
  const key = `${' '.repeat(keyIndent)}${keyLike(lastPair?.key as Node, version)}:`
  const lastValue = lastPair?.value
  // A version written like its predecessor: a one-line flow map after a flow map, else a block.
  const block =
    isMap(lastValue) && lastValue.flow
      ? [`${key} ${entryFlow(entry)}`]
      : [
          key,
          ...entryLines(entry).map(
            line => `${' '.repeat(innerIndentOf(manifest, lastValue, keyIndent))}${line}`
          )
        ]
  const { offset, prefix } = afterLastEntry(manifest, versions)
  return [
    {
      start: offset,
      end: offset,
      text: `${prefix}${block.join(lineBreak(manifest))}${lineBreak(manifest)}`
    }
  ]
}

/** A new version as block lines, `depth` levels (of two spaces) below where they are inserted. */
function versionLines(version: string, entry: VersionEntry, depth: number): string[] {
  const pad = '  '.repeat(depth)
  return [`${pad}${JSON.stringify(version)}:`, ...entryLines(entry).map(line => `${pad}  ${line}`)]
}

/** Lines inserted at `offset`, each indented by `indent`, ending the way the file's lines end. */
function blockSplice(
  manifest: EditTarget,
  offset: number,
  prefix: string,
  lines: readonly string[],
  indent: number
): Splice {
  const br = lineBreak(manifest)
  return {
    start: offset,
    end: offset,
    text: `${prefix}${lines.map(line => ' '.repeat(indent) + line).join(br)}${br}`
  }
}

/**
 * `key: {}` becomes `key:` with a block below it, never a flow line: the braces go, the rest of the line
 * (a comment) stays, and the block starts on the next line, two spaces deeper than the key.
 */
function emptyFlowToBlock(manifest: EditTarget, pair: Pair, lines: readonly string[]): Splice[] {
  const key = pair.key as Node
  const value = pair.value as Node
  const keyEnd = key.range?.[1]
  const valueEnd = value.range?.[1]
  if (keyEnd === undefined || valueEnd === undefined)
    throw new UneditableLayoutError(`cannot edit ${keyString(key)} in ${manifest.file}`)
  const colon = manifest.text.indexOf(':', keyEnd)
  const closing = manifest.text.indexOf('}', colon) + 1
  const lineEnd = manifest.text.indexOf('\n', closing)
  const offset = lineEnd === -1 ? manifest.text.length : lineEnd + 1
  const prefix = lineEnd === -1 ? lineBreak(manifest) : ''
  return [
    { start: colon + 1, end: closing, text: '' },
    blockSplice(manifest, offset, prefix, lines, (indentOf(manifest, key) ?? 0) + 2)
  ]
}

function innerIndentOf(manifest: EditTarget, lastValue: unknown, keyIndent: number): number {
  const firstInner = isMap(lastValue) ? lastValue.items[0]?.key : undefined
  return indentOf(manifest, firstInner as Node) ?? keyIndent + 2
}

function addModelSplices(
  manifest: EditTarget,
  model: string,
  version: string,
  entry: VersionEntry
): Splice[] {
  const modelsPair = findPair(manifest.doc.contents, 'models')
  const models = modelsPair?.value
  if (!modelsPair || !isMap(models)) throw new UneditableLayoutError(`${manifest.file} has no models map`)
  const block = (step: number) => [
    `${plainOrQuoted(model)}:`,
    `${' '.repeat(step)}versions:`,
    ...versionLines(version, entry, 0).map(line => ' '.repeat(step * 2) + line)
  ]
  if (models.items.length === 0) return emptyFlowToBlock(manifest, modelsPair, block(2))
  const versionKey = JSON.stringify(version)
  if (models.flow) {
    return [
      flowInsert(
        manifest,
        models,
        `${plainOrQuoted(model)}: { versions: { ${versionKey}: ${entryFlow(entry)} } }`
      )
    ]
  }
  const lastPair = models.items[models.items.length - 1]
  const modelIndent = indentOf(manifest, lastPair?.key as Node) ?? 2
  const lastVersions = findPair(lastPair?.value, 'versions')
  const step = (indentOf(manifest, lastVersions?.key) ?? modelIndent + 2) - modelIndent
  const { offset, prefix } = afterLastEntry(manifest, models)
  return [blockSplice(manifest, offset, prefix, block(step), modelIndent)]
}

/** Adds `entry` to a flow map `{ … }` just before its closing brace. */
function flowInsert(manifest: EditTarget, map: YAMLMap, entry: string): Splice {
  const open = map.range?.[0]
  const end = map.range?.[1]
  if (open === undefined || end === undefined)
    throw new UneditableLayoutError(`cannot edit a flow map in ${manifest.file}`)
  const close = manifest.text.lastIndexOf('}', end)
  if (map.items.length === 0) return { start: open, end: close + 1, text: `{ ${entry} }` }
  const contentEnd = manifest.text.slice(0, close).trimEnd().length
  const separator = manifest.text[contentEnd - 1] === ',' ? ' ' : ', '
  return { start: contentEnd, end: close, text: `${separator}${entry} ` }
}
