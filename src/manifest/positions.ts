import { LineCounter, parseDocument } from 'yaml'
import { locate } from './nodes.js'

export interface Position {
  line: number
  column: number
}

/** Where a version's field is written (else the version's key, else its model, else the top of the file). */
export function versionFieldPosition(text: string, model: string, version: string, field: string): Position {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false })
  const candidates = [
    locate(doc.contents, ['models', model, 'versions', version, field]).value,
    locate(doc.contents, ['models', model, 'versions', version]).key,
    locate(doc.contents, ['models', model]).key
  ]
  const offset = candidates.find(node => node?.range)?.range?.[0] ?? 0
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col }
}

/** Where a version's stage is written (else its key, else its model, else the top of the file). */
export function versionPosition(text: string, model: string, version: string): Position {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false })
  const candidates = [
    locate(doc.contents, ['models', model, 'versions', version, 'stage']).value,
    locate(doc.contents, ['models', model, 'versions', version]).key,
    locate(doc.contents, ['models', model]).key
  ]
  const offset = candidates.find(node => node?.range)?.range?.[0] ?? 0
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col }
}
