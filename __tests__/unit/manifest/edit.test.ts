import { describe, expect, it } from '@jest/globals'
import { openManifest, readManifest } from '../../../src/manifest/read.js'
import { rewriteManifest } from '../../../src/manifest/rewrite.js'
import { planArchive, planPromote, planRegister, planRestore } from '../../../src/stages/plan.js'
import { changedLineCount } from '../../../src/reporting/diff.js'
import { EXAMPLE_MANIFEST } from '../../helpers/fixtures.js'
import type { Plan } from '../../../src/stages/plan.js'
import type { Manifest } from '../../../src/manifest/schema.js'

async function apply(text: string, plan: (data: Manifest) => Plan): Promise<string> {
  const manifest = await openManifest(text, 'model-stages.yaml')
  const made = plan(manifest.data)
  return rewriteManifest(manifest, made.changes, made.result)
}

function changedLines(before: string, after: string): Array<[number, string, string]> {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b.length).toBe(a.length)
  return a.flatMap((line, index) =>
    line === b[index] ? [] : [[index + 1, line, b[index] ?? ''] as [number, string, string]]
  )
}

describe('edits that keep the file', () => {
  it('a promotion that archives the old production changes exactly two lines, comments kept in their column', async () => {
    const after = await apply(EXAMPLE_MANIFEST, data => planPromote(data, 'churn-classifier'))
    expect(changedLines(EXAMPLE_MANIFEST, after)).toEqual([
      [
        17,
        '        stage: production          # live since the September release',
        '        stage: archived            # live since the September release'
      ],
      [23, '        stage: staging', '        stage: production']
    ])
    expect(changedLineCount(EXAMPLE_MANIFEST, after)).toBe(4)
  })

  it('edits flow maps in place, keeping their quoting', async () => {
    const after = await apply(EXAMPLE_MANIFEST, data => planPromote(data, 'ticket-ranker'))
    expect(changedLines(EXAMPLE_MANIFEST, after)).toEqual([
      [
        31,
        '      "2024.10.1": { stage: production, uri: artifacts/ticket-ranker/2024.10.1 }',
        '      "2024.10.1": { stage: archived, uri: artifacts/ticket-ranker/2024.10.1 }'
      ],
      [
        32,
        '      "2024.11.0": { stage: staging, uri: artifacts/ticket-ranker/2024.11.0 }',
        '      "2024.11.0": { stage: production, uri: artifacts/ticket-ranker/2024.11.0 }'
      ]
    ])
  })

  it('keeps a quoted stage quoted the same way', async () => {
    const text = "version: 1\nmodels:\n  m:\n    versions:\n      '1':\n        stage: 'staging'  # quoted\n"
    expect(await apply(text, data => planPromote(data, 'm', '1'))).toBe(
      text.replace("'staging'  #", "'production' #")
    )
  })

  it('register appends one version block after the last one, indented and quoted like its neighbours', async () => {
    const after = await apply(EXAMPLE_MANIFEST, data =>
      planRegister(data, 'churn-classifier', '1.6.0', {
        uri: 's3://models/churn/1.6.0',
        description: 'November: more data, # and a hash'
      })
    )
    const before = EXAMPLE_MANIFEST.split('\n')
    const lines = after.split('\n')
    expect(lines.slice(0, 26)).toEqual(before.slice(0, 26))
    expect(lines.slice(26, 30)).toEqual([
      '      "1.6.0":',
      '        stage: staging',
      '        uri: s3://models/churn/1.6.0',
      '        description: "November: more data, # and a hash"'
    ])
    expect(lines.slice(30)).toEqual(before.slice(26))
    expect(
      (await readManifest(after, 'm')).models['churn-classifier']?.versions.get('1.6.0')?.description
    ).toBe('November: more data, # and a hash')
  })

  it('register after versions written as flow maps adds one flow-map line', async () => {
    const after = await apply(EXAMPLE_MANIFEST, data =>
      planRegister(data, 'ticket-ranker', '2024.12.0', { uri: 's3://r/2024.12.0' })
    )
    expect(after).toBe(EXAMPLE_MANIFEST + '      "2024.12.0": { stage: staging, uri: s3://r/2024.12.0 }\n')
  })

  it('register of a new model appends a model block at the end of models', async () => {
    const after = await apply(EXAMPLE_MANIFEST, data =>
      planRegister(data, 'fraud-detector', '0.1.0', { uri: 'hf://acme/fraud' })
    )
    expect(after.startsWith(EXAMPLE_MANIFEST)).toBe(true)
    expect(after.slice(EXAMPLE_MANIFEST.length)).toBe(
      '  fraud-detector:\n    versions:\n      "0.1.0":\n        stage: staging\n        uri: hf://acme/fraud\n'
    )
  })

  it('register into a model declared without versions, or as {}, writes a versions block', async () => {
    const declared = 'version: 1\nmodels:\n  m:\n    validate: make eval # the model comes first\n  n: {}\n'
    expect(await apply(declared, data => planRegister(data, 'm', '1', { uri: 's3://m/1' }))).toBe(
      'version: 1\nmodels:\n  m:\n    validate: make eval # the model comes first\n' +
        '    versions:\n      "1":\n        stage: staging\n        uri: s3://m/1\n  n: {}\n'
    )
    expect(await apply(declared, data => planRegister(data, 'n', '2', {}))).toBe(
      'version: 1\nmodels:\n  m:\n    validate: make eval # the model comes first\n' +
        '  n:\n    versions:\n      "2":\n        stage: staging\n'
    )
  })

  it('register into an empty map writes block style; a file without a final newline', async () => {
    const text =
      'version: 1\nmodels:\n  m:\n    versions: {}   # none yet\n  n:\n    versions:\n      "1": { stage: staging }'
    const first = await apply(text, data => planRegister(data, 'm', '1.0', {}))
    expect(first.split('\n').slice(3, 6)).toEqual([
      '    versions:   # none yet',
      '      "1.0":',
      '        stage: staging'
    ])
    const second = await apply(text, data => planRegister(data, 'n', '2', {}))
    expect(second).toBe(text + '\n      "2": { stage: staging }\n')
  })

  it('keeps Windows line endings', async () => {
    const text = EXAMPLE_MANIFEST.replaceAll('\n', '\r\n')
    const after = await apply(text, data => planRegister(data, 'churn-classifier', '1.6.0', {}))
    expect(after.replaceAll('\r\n', '')).not.toContain('\n')
    expect(after).toContain('\r\n      "1.6.0":\r\n        stage: staging\r\n')
    expect(await apply(text, data => planPromote(data, 'churn-classifier'))).toBe(
      (await apply(EXAMPLE_MANIFEST, data => planPromote(data, 'churn-classifier'))).replaceAll('\n', '\r\n')
    )
  })

  it('quotes a plain version key that YAML would read as a number', async () => {
    const text = 'version: 1\nmodels:\n  m:\n    versions:\n      v1:\n        stage: staging\n'
    expect(await apply(text, data => planRegister(data, 'm', '1.10', {}))).toBe(
      text + '      "1.10":\n        stage: staging\n'
    )
  })

  it('archive and restore change one line each and leave every other byte alone', async () => {
    const archived = await apply(EXAMPLE_MANIFEST, data => planArchive(data, 'churn-classifier', '1.5.0'))
    expect(changedLines(EXAMPLE_MANIFEST, archived).map(([line]) => line)).toEqual([23])
    const restored = await apply(archived, data => planRestore(data, 'churn-classifier', '1.5.0'))
    expect(restored).toBe(EXAMPLE_MANIFEST)
  })
})
