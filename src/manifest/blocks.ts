/** Where the block-style `models:` map is in a manifest's text, and where each model's block is. */
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

/** The indentation of the line at `start`, or undefined for a blank or comment-only line. */
function indentAt(text: string, start: number): number | undefined {
  let position = start
  while (text[position] === ' ') position++
  const next = text[position]
  return next === undefined || next === '\n' || next === '\r' || next === '#' ? undefined : position - start
}

function nextLine(text: string, start: number): number {
  const newline = text.indexOf('\n', start)
  return newline === -1 ? text.length : newline + 1
}

/** A line of the models map with content (a model key, or more indented), captured: its indentation. */
const CONTENT_LINE = /\n( *)[^ \n\r#]/g
/** A line at the top level: the first one after `models:` ends the models map. */
const TOP_LEVEL_LINE = /\n[^ \n\r#]/g

/** The layout of a block-style models map; undefined for any other (flow style, no models, tabs). */
export function modelsLayout(text: string): ModelsLayout | undefined {
  const match = /^models:[ \t]*(#.*)?\r?$/m.exec(text)
  if (!match) return undefined
  const bodyStart = nextLine(text, match.index)
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
 * The lines of one model: from its key line to the next line at the models' indentation (comments and blank
 * lines in between go with it). Undefined when its key is not written plainly on a line of its own.
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
  let end = nextLine(text, match.index)
  while (end < layout.bodyEnd) {
    const indent = indentAt(text, end)
    if (indent !== undefined && indent <= layout.modelIndent) break
    end = nextLine(text, end)
  }
  return { start: match.index, end }
}
