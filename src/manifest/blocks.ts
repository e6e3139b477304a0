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

/** The layout of a block-style models map; undefined for any other (flow style, no models, tabs). */
export function modelsLayout(text: string): ModelsLayout | undefined {
  const match = /^models:[ \t]*(#.*)?\r?$/m.exec(text)
  if (!match) return undefined
  const bodyStart = nextLine(text, match.index)
  let modelIndent: number | undefined
  for (let start = bodyStart; start < text.length; start = nextLine(text, start)) {
    const indent = indentAt(text, start)
    if (indent === undefined) continue
    if (modelIndent === undefined) {
      if (indent === 0) return undefined
      modelIndent = indent
    }
    if (indent === 0) return { lineStart: match.index, bodyStart, bodyEnd: start, modelIndent }
  }
  return modelIndent === undefined
    ? undefined
    : { lineStart: match.index, bodyStart, bodyEnd: text.length, modelIndent }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The lines of one model: from its key line to the next line at the models' indentation (comments and blank
 * lines in between go with it). Undefined when its key is not written plainly on a line of its own.
 */
export function modelBlock(text: string, layout: ModelsLayout, model: string): Block | undefined {
  const key = `(${escape(model)}|"${escape(model)}"|'${escape(model)}')`
  const pattern = new RegExp(`^ {${layout.modelIndent}}${key}:[ \\t]*(#.*)?\\r?$`, 'gm')
  pattern.lastIndex = layout.bodyStart
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
