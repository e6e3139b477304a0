import { describe, expect, it } from '@jest/globals'
import {
  blockEnd,
  blockStart,
  lineEnd,
  modelsLayout,
  versionEntries,
  versionsLayout,
  type Block
} from '../../../src/manifest/blocks.js'

const MANIFEST = [
  'version: 1',
  'models:',
  '  churn:',
  '    validate: make eval',
  '    versions:   # newest last',
  '      "1.0":',
  '        stage: archived',
  '    # retired on purpose',
  '      "1.1":',
  '        stage: production',
  '        description: |',
  '          versions:',
  '          "9.9":',
  '      "1.2":',
  '        stage: staging',
  '    gates:',
  '      auc: { min: 0.5 }',
  '  fraud:',
  '    versions: {}',
  ''
].join('\n')

/** The block of the model whose key line holds `key`. */
function modelAt(text: string, key: string): Block {
  const layout = modelsLayout(text)
  if (!layout) throw new Error('no models map')
  const start = text.indexOf(key)
  return { start, end: blockEnd(text, lineEnd(text, start), layout) }
}

const at = (text: string, line: string) => text.indexOf(line)

describe('the block scanner', () => {
  it("finds a model's versions map, and where it ends", () => {
    const versions = versionsLayout(MANIFEST, modelAt(MANIFEST, '  churn:'))
    expect(versions).toEqual({
      lineStart: at(MANIFEST, '    versions:'),
      bodyStart: at(MANIFEST, '      "1.0":'),
      bodyEnd: at(MANIFEST, '    gates:'),
      versionIndent: 6
    })
  })

  it('reads bytes as it reads text', () => {
    const bytes = Buffer.from(MANIFEST, 'utf8')
    expect(versionsLayout(bytes, modelAt(MANIFEST, '  churn:'))).toEqual(
      versionsLayout(MANIFEST, modelAt(MANIFEST, '  churn:'))
    )
  })

  it('finds no block map where versions is flow style, quoted, or absent', () => {
    expect(versionsLayout(MANIFEST, modelAt(MANIFEST, '  fraud:'))).toBeUndefined()
    const quoted = MANIFEST.replace('    versions:   # newest last', '    "versions":')
    expect(versionsLayout(quoted, modelAt(quoted, '  churn:'))).toBeUndefined()
    const none = 'version: 1\nmodels:\n  churn:\n    validate: make eval\n'
    expect(versionsLayout(none, modelAt(none, '  churn:'))).toBeUndefined()
  })

  it('takes CRLF lines as LF lines', () => {
    const crlf = MANIFEST.replace(/\n/g, '\r\n')
    expect(versionsLayout(crlf, modelAt(crlf, '  churn:'))).toEqual({
      lineStart: at(crlf, '    versions:'),
      bodyStart: at(crlf, '      "1.0":'),
      bodyEnd: at(crlf, '    gates:'),
      versionIndent: 6
    })
  })

  it('gives the version entries around a change, with what lies between them', () => {
    const versions = versionsLayout(MANIFEST, modelAt(MANIFEST, '  churn:'))
    if (!versions) throw new Error('no versions map')
    const inside = at(MANIFEST, 'stage: production')
    // A change in 1.1 reads 1.1 whole, its block scalar with it, down to 1.2's key line.
    expect(versionEntries(MANIFEST, versions, inside, lineEnd(MANIFEST, inside))).toEqual({
      start: at(MANIFEST, '      "1.1":'),
      end: at(MANIFEST, '      "1.2":')
    })
    // From 1.0 into 1.1: both, and the comment between them.
    const first = at(MANIFEST, 'stage: archived')
    expect(versionEntries(MANIFEST, versions, first, lineEnd(MANIFEST, inside))).toEqual({
      start: at(MANIFEST, '      "1.0":'),
      end: at(MANIFEST, '      "1.2":')
    })
    // The last entry ends where the map does.
    const last = at(MANIFEST, 'stage: staging')
    expect(versionEntries(MANIFEST, versions, last, lineEnd(MANIFEST, last))).toEqual({
      start: at(MANIFEST, '      "1.2":'),
      end: at(MANIFEST, '    gates:')
    })
    // The versions line itself, or past the map's end, is not in the entries.
    const line = versions.lineStart
    expect(versionEntries(MANIFEST, versions, line, lineEnd(MANIFEST, line))).toBeUndefined()
    const gates = at(MANIFEST, '      auc:')
    expect(versionEntries(MANIFEST, versions, gates, lineEnd(MANIFEST, gates))).toBeUndefined()
  })

  it('finds the model key above a change, and none when a less indented line comes first', () => {
    const text = `${MANIFEST}defaults:\n  validate: make eval\n`
    const layout = modelsLayout(text)
    if (!layout) throw new Error('no models map')
    expect(blockStart(text, at(text, 'stage: staging'), layout)).toBe(at(text, '  churn:'))
    expect(blockStart(text, at(text, '    versions: {}'), layout)).toBe(at(text, '  fraud:'))
    expect(blockStart(text, at(text, 'defaults:'), layout)).toBeUndefined()
  })
})
