/*
 * The block scanner: where the block-style `models:` map is in a manifest's text, where each model's block is, and
 * a model's `versions:` map and its entries, found from the lines' indentation alone. It scans a string or a
 * revision's bytes alike (history follows thousands of revisions, and turning each into a string to scan it would
 * cost more than the rest of the work).
 */

/** A manifest's text, as a string or as the bytes git gave (every character the scanner looks at is ASCII). */
export type ScanText = string | Uint8Array

/** Where the block-style `models:` map is in a manifest's text. */
export interface ModelsLayout {
  /** The start of the `models:` line. */
  lineStart: number
  /** The start of the line after `models:`. */
  bodyStart: number
  /** Where the models map ends: the next top-level line, or the end of the text. */
  bodyEnd: number
  /** The indentation of every model key. */
  modelIndent: number
}

export interface Block {
  start: number
  end: number
}

const NEWLINE = 0x0a
const CARRIAGE_RETURN = 0x0d
const SPACE = 0x20
const HASH = 0x23

function codeAt(text: ScanText, offset: number): number {
  return typeof text === 'string' ? text.charCodeAt(offset) : (text[offset] ?? Number.NaN)
}

/** The start of the line after the one at `offset` (the end of the text for the last line). */
export function lineEnd(text: ScanText, offset: number): number {
  const newline = typeof text === 'string' ? text.indexOf('\n', offset) : text.indexOf(NEWLINE, offset)
  return newline === -1 ? text.length : newline + 1
}

/** The start of the line that holds `offset`. */
export function lineStart(text: ScanText, offset: number): number {
  if (offset <= 0) return 0
  const newline =
    typeof text === 'string' ? text.lastIndexOf('\n', offset - 1) : text.lastIndexOf(NEWLINE, offset - 1)
  return newline + 1
}

/** The indentation of the line at `start`, or undefined for a blank or comment-only line (they belong to no block). */
export function indentAt(text: ScanText, start: number): number | undefined {
  let position = start
  while (codeAt(text, position) === SPACE) position++
  const next = codeAt(text, position)
  return position >= text.length || next === NEWLINE || next === CARRIAGE_RETURN || next === HASH
    ? undefined
    : position - start
}

/**
 * The characters of `text` from `start` to `end`, for the regular expressions below: latin1 for bytes keeps one byte
 * one character, so offsets stay those of the bytes.
 */
function section(text: ScanText, start: number, end: number): string {
  return typeof text === 'string'
    ? text.slice(start, end)
    : Buffer.from(text.buffer, text.byteOffset, text.length).toString('latin1', start, end)
}

/** A line of the models map with content (a model key, or more indented), captured: its indentation. */
const CONTENT_LINE = /\n( *)[^ \n\r#]/g
/** A line at the top level: the first one after `models:` ends the models map. */
const TOP_LEVEL_LINE = /\n[^ \n\r#]/g

/** The layout of a block-style models map; undefined for any other (flow style, no models, tabs). */
export function modelsLayout(scanned: ScanText): ModelsLayout | undefined {
  const text = section(scanned, 0, scanned.length)
  const match = /^models:[ \t]*(#.*)?\r?$/m.exec(text)
  if (!match) return undefined
  const bodyStart = lineEnd(text, match.index)
  // Both searches start at the newline that ends the models: line; blank and comment lines are passed over.
  CONTENT_LINE.lastIndex = bodyStart - 1
  const first = bodyStart < text.length ? CONTENT_LINE.exec(text) : null
  const modelIndent = first?.[1]?.length
  if (modelIndent === undefined || modelIndent === 0) return undefined
  TOP_LEVEL_LINE.lastIndex = bodyStart - 1
  const next = TOP_LEVEL_LINE.exec(text)
  return { lineStart: match.index, bodyStart, bodyEnd: next ? next.index + 1 : text.length, modelIndent }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The start of the first line at or after `offset` indented `indent` or less (comments and blank lines pass), or
 * `end`: where a block of keys at `indent` ends.
 */
function nextLineAtOrBelow(text: ScanText, offset: number, indent: number, end = text.length): number {
  for (let start = offset; start < end; start = lineEnd(text, start)) {
    const at = indentAt(text, start)
    if (at !== undefined && at <= indent) return start
  }
  return end
}

/**
 * The start of the key line at `indent` at or before the line at `offset`, going no further up than `floor`
 * (returned when reached); undefined when a less indented line comes first.
 */
function keyLineAtOrBefore(
  text: ScanText,
  offset: number,
  indent: number,
  floor: number
): number | undefined {
  let start = lineStart(text, offset)
  for (;;) {
    if (start <= floor) return floor
    const at = indentAt(text, start)
    if (at !== undefined && at <= indent) return at === indent ? start : undefined
    start = lineStart(text, start - 1)
  }
}

/**
 * The end of the block that holds the line at `offset`: the start of the next line at the models' indentation or
 * less (comments and blank lines in between go with the block).
 */
export function blockEnd(text: ScanText, offset: number, layout: ModelsLayout): number {
  return nextLineAtOrBelow(text, offset, layout.modelIndent)
}

/**
 * The start of the model key line at or before the line at `offset`; undefined when a less indented line comes
 * first (the offset is not inside the models map).
 */
export function blockStart(text: ScanText, offset: number, layout: ModelsLayout): number | undefined {
  return keyLineAtOrBefore(text, offset, layout.modelIndent, layout.bodyStart)
}

/** Where a model's block-style `versions:` map is, inside the model's block. */
export interface VersionsLayout {
  /** The start of the `versions:` line. */
  lineStart: number
  /** The start of the line after it. */
  bodyStart: number
  /** Where the versions map ends: the next line at the model's keys' indentation or less, or the block's end. */
  bodyEnd: number
  /** The indentation of every version key. */
  versionIndent: number
}

/**
 * The `versions:` map of the model whose block is `block` (from its key line, written alone on its line); undefined
 * unless the key is written plainly on a line of its own at the model's keys' indentation, with a block map below.
 */
export function versionsLayout(text: ScanText, block: Block): VersionsLayout | undefined {
  const lines = section(text, block.start, block.end)
  const keysStart = lines.indexOf('\n') + 1
  if (keysStart === 0) return undefined
  CONTENT_LINE.lastIndex = keysStart - 1
  const keyIndent = CONTENT_LINE.exec(lines)?.[1]?.length
  if (keyIndent === undefined) return undefined
  const key = new RegExp(`^ {${keyIndent}}versions:[ \\t]*(#.*)?\\r?$`, 'm').exec(lines.slice(keysStart))
  if (!key) return undefined
  const lineStart = block.start + keysStart + key.index
  const bodyStart = lineEnd(text, lineStart)
  const bodyEnd = nextLineAtOrBelow(text, bodyStart, keyIndent, block.end)
  CONTENT_LINE.lastIndex = bodyStart - block.start - 1
  const firstEntry = CONTENT_LINE.exec(lines)
  const versionIndent =
    firstEntry && block.start + firstEntry.index + 1 < bodyEnd ? firstEntry[1]?.length : undefined
  if (versionIndent === undefined || versionIndent <= keyIndent) return undefined
  return { lineStart, bodyStart, bodyEnd, versionIndent }
}

/**
 * The version entries around the bytes from `start` to `end`: from the version key line at or before `start` to
 * the next version key line (or the map's end) at or after `end`. Undefined when `start` or `end` is outside the
 * versions map.
 */
export function versionEntries(
  text: ScanText,
  versions: VersionsLayout,
  start: number,
  end: number
): Block | undefined {
  if (start < versions.bodyStart || end > versions.bodyEnd) return undefined
  const first = keyLineAtOrBefore(text, start, versions.versionIndent, versions.bodyStart)
  if (first === undefined) return undefined
  return { start: first, end: nextLineAtOrBelow(text, end, versions.versionIndent, versions.bodyEnd) }
}

/**
 * The lines of one model: from its key line to the next line at the models' indentation. Undefined when its key is
 * not written plainly on a line of its own.
 */
export function modelBlock(
  text: string,
  layout: ModelsLayout,
  model: string,
  from = layout.bodyStart
): Block | undefined {
  const key = `(${escape(model)}|"${escape(model)}"|'${escape(model)}')`
  const pattern = new RegExp(`^ {${layout.modelIndent}}${key}:[ \\t]*(#.*)?\\r?$`, 'gm')
  pattern.lastIndex = from
  const match = pattern.exec(text)
  if (!match || match.index >= layout.bodyEnd) return undefined
  return {
    start: match.index,
    end: Math.min(blockEnd(text, lineEnd(text, match.index), layout), layout.bodyEnd)
  }
}
