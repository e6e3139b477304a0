import { isMap, isScalar, stringify, type Node, type Scalar, type YAMLMap } from 'yaml'
import type { LoadedManifest } from './load.js'
import { findPair, locate } from './nodes.js'
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

export class UneditableLayoutError extends Error {}

/**
 * Applies changes by splicing the source text at node ranges, so that every line that carries
 * no changed value stays byte-identical (comments, blank lines, quoting, flow maps included).
 */
export function editManifestText(manifest: LoadedManifest, changes: readonly ManifestChange[]): string {
  const splices = changes.map(change =>
    change.kind === 'set-stage'
      ? stageSplice(manifest, change.model, change.version, change.stage)
      : addVersionSplice(manifest, change.model, change.version, change.entry)
  )
  return applySplices(manifest.text, splices)
}

function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = [...splices].sort((a, b) => b.start - a.start)
  let result = text
  for (const splice of ordered)
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end)
  return result
}

function stageSplice(manifest: LoadedManifest, model: string, version: string, stage: Stage): Splice {
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
  if (entry.description !== undefined) lines.push(`description: ${plainOrQuoted(entry.description)}`)
  return lines
}

function entryFlow(entry: VersionEntry): string {
  return `{ ${entryLines(entry).join(', ')} }`
}

/** New lines end the way the file's lines do. */
function lineBreak(manifest: LoadedManifest): string {
  return manifest.text.includes('\r\n') ? '\r\n' : '\n'
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function indentOf(manifest: LoadedManifest, node: Node | undefined | null): number | undefined {
  const offset = node?.range?.[0]
  if (offset === undefined) return undefined
  return offset - lineStart(manifest.text, offset)
}

/** Where a new block entry goes: at the start of the line after the map's last entry. */
function afterLastEntry(manifest: LoadedManifest, map: YAMLMap): { offset: number; prefix: string } {
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

function addVersionSplice(
  manifest: LoadedManifest,
  model: string,
  version: string,
  entry: VersionEntry
): Splice {
  const modelNode = locate(manifest.doc.contents, ['models', model]).value
  if (!modelNode) return addModelSplice(manifest, model, version, entry)
  const versions = findPair(modelNode, 'versions')?.value
  if (!isMap(versions))
    throw new UneditableLayoutError(`model ${model} has no versions map in ${manifest.file}`)

  const lastPair = versions.items[versions.items.length - 1]
  if (versions.flow)
    return flowInsert(manifest, versions, `${keyLike(lastPair?.key as Node, version)}: ${entryFlow(entry)}`)

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
  return {
    start: offset,
    end: offset,
    text: `${prefix}${block.join(lineBreak(manifest))}${lineBreak(manifest)}`
  }
}

function innerIndentOf(manifest: LoadedManifest, lastValue: unknown, keyIndent: number): number {
  const firstInner = isMap(lastValue) ? lastValue.items[0]?.key : undefined
  return indentOf(manifest, firstInner as Node) ?? keyIndent + 2
}

function addModelSplice(
  manifest: LoadedManifest,
  model: string,
  version: string,
  entry: VersionEntry
): Splice {
  const models = findPair(manifest.doc.contents, 'models')?.value
  if (!isMap(models)) throw new UneditableLayoutError(`${manifest.file} has no models map`)
  const versionKey = JSON.stringify(version)
  if (models.flow) {
    return flowInsert(
      manifest,
      models,
      `${plainOrQuoted(model)}: { versions: { ${versionKey}: ${entryFlow(entry)} } }`
    )
  }
  const lastPair = models.items[models.items.length - 1]
  const modelIndent = indentOf(manifest, lastPair?.key as Node) ?? 2
  const lastVersions = findPair(lastPair?.value, 'versions')
  const step = (indentOf(manifest, lastVersions?.key) ?? modelIndent + 2) - modelIndent
  const pad = (depth: number) => ' '.repeat(modelIndent + step * depth)
  const block = [
    `${pad(0)}${plainOrQuoted(model)}:`,
    `${pad(1)}versions:`,
    `${pad(2)}${versionKey}:`,
    ...entryLines(entry).map(line => `${pad(3)}${line}`)
  ]
  const { offset, prefix } = afterLastEntry(manifest, models)
  return {
    start: offset,
    end: offset,
    text: `${prefix}${block.join(lineBreak(manifest))}${lineBreak(manifest)}`
  }
}

/** Adds `entry` to a flow map `{ … }` just before its closing brace. */
function flowInsert(manifest: LoadedManifest, map: YAMLMap, entry: string): Splice {
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
