/*
 * The block scanner: where the block-style `models:` map is in a manifest's text, and where each model's block is,
 * found from the lines' indentation alone. It scans a string or a revision's bytes alike (history follows thousands
 * of revisions, and turning each into a string to scan it would cost more than the rest of the work).
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

/** A string the regular expressions below can scan, at the same offsets (latin1 keeps one byte one character). */
function asString(text: ScanText): string {
  return typeof text === 'string'
    ? text
    : Buffer.from(text.buffer, text.byteOffset, text.length).toString('latin1')
}

/** A line of the models map with content (a model key, or more indented), captured: its indentation. */
const CONTENT_LINE = /\n( *)[^ \n\r#]/g
/** A line at the top level: the first one after `models:` ends the models map. */
const TOP_LEVEL_LINE = /\n[^ \n\r#]/g

/** The layout of a block-style models map; undefined for any other (flow style, no models, tabs). */
export function modelsLayout(scanned: ScanText): ModelsLayout | undefined {
  const text = asString(scanned)
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
 * The end of the block that holds the line at `offset`: the start of the next line at the models' indentation or
 * less (comments and blank lines in between go with the block).
 */
export function blockEnd(text: ScanText, offset: number, layout: ModelsLayout): number {
  for (let start = offset; start < text.length; start = lineEnd(text, start)) {
    const indent = indentAt(text, start)
    if (indent !== undefined && indent <= layout.modelIndent) return start
  }
  return text.length
}

/**
 * The start of the model key line at or before the line at `offset`; undefined when a less indented line comes
 * first (the offset is not inside the models map).
 */
export function blockStart(text: ScanText, offset: number, layout: ModelsLayout): number | undefined {
  let start = lineStart(text, offset)
  for (;;) {
    if (start <= layout.bodyStart) return layout.bodyStart
    const indent = indentAt(text, start)
    if (indent !== undefined && indent <= layout.modelIndent)
      return indent === layout.modelIndent ? start : undefined
    start = lineStart(text, start - 1)
  }
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
