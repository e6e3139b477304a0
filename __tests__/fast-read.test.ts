import { describe, expect, it } from '@jest/globals'
import { CORE_SCHEMA, load } from 'js-yaml'
import { readValidManifest } from '../src/manifest/fast-read.js'
import { readPlainLayout } from '../src/manifest/plain-layout.js'
import { checkManifestText, loadManifestForMove, loadManifestText } from '../src/manifest/load.js'
import { readManifestForModel } from '../src/manifest/read.js'
import { ManifestError } from '../src/manifest/problems.js'
import { rewriteManifest } from '../src/manifest/rewrite.js'
import { planPromote, planRegister } from '../src/stages/plan.js'
import { badManifests, EXAMPLE_MANIFEST } from './helpers/fixtures.js'

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

describe('the fast read path', () => {
  it('reads the example manifest exactly as the position-tracking reader does', () => {
    expect(plain(readValidManifest(EXAMPLE_MANIFEST))).toEqual(
      plain(checkManifestText(EXAMPLE_MANIFEST, 'm.yaml').manifest?.data)
    )
  })

  it.each(badManifests().map(fixture => [fixture.name, fixture.text] as const))(
    'leaves %s to the position-tracking reader, which reports it',
    (_name, text) => {
      expect(readValidManifest(text)).toBeUndefined()
      expect(() => loadManifestText(text, 'm.yaml')).toThrow(ManifestError)
    }
  )

  it('a large manifest, checked by the compiled schema, reads as the position-tracking reader reads it', () => {
    const lines = ['version: 1', 'defaults:', '  validate: make eval', 'models:']
    for (let m = 0; m < 1500; m++) {
      lines.push(`  model-${m}:`, '    versions:')
      for (let v = 0; v < 8; v++)
        lines.push(
          `      "1.${v}.0":`,
          `        stage: ${v === 7 ? 'staging' : v === 6 ? 'production' : 'archived'}   # v${v}`,
          `        uri: s3://models/model-${m}/1.${v}.0`,
          ...(v % 2 === 0 ? [`        metrics: { auc: 0.${80 + v}, loss: 0.${20 - v} }`] : [])
        )
    }
    const large = lines.join('\n') + '\n'
    expect(large.length).toBeGreaterThan(512 * 1024)
    expect(plain(readValidManifest(large))).toEqual(plain(checkManifestText(large, 'm.yaml').manifest?.data))
    const typo = large.replace(
      'model-1499:\n    versions:\n      "1.0.0":\n        stage:',
      'model-1499:\n    versions:\n      "1.0.0":\n        stgae:'
    )
    expect(typo).not.toBe(large)
    expect(readValidManifest(typo)).toBeUndefined()
    expect(checkManifestText(typo, 'm.yaml').problems.map(problem => problem.message)).toEqual([
      'model model-1499 version 1.0.0 has no stage (staging, production or archived)',
      expect.stringContaining('unknown key "stgae" in model model-1499 version 1.0.0: did you mean "stage"?')
    ])
  })

  it('hands keys YAML reads as numbers, and merge keys, to the reader that says so', () => {
    const numeric = 'version: 1\nmodels:\n  m:\n    versions:\n      1.10: { stage: staging }\n'
    expect(readValidManifest(numeric)).toBeUndefined()
    expect(checkManifestText(numeric, 'm.yaml').problems[0]?.message).toContain('quote it as "1.10"')
    const merge =
      'version: 1\nbase: &b { stage: staging }\nmodels:\n  m:\n    versions:\n      "1": { <<: *b }\n'
    expect(readValidManifest(merge)).toBeUndefined()
    // The plain-layout reader, which runs first, takes none of them either.
    for (const text of [numeric, 'version: 1\nmodels:\n  m:\n    <<: x\n', 'a: { 1: 0.5 }\n', 'true: 1\n'])
      expect(readPlainLayout(text)).toBeUndefined()
  })

  it('a command about one model reads that model as the whole file gives it', async () => {
    const whole = loadManifestText(EXAMPLE_MANIFEST, 'm.yaml').data
    for (const model of Object.keys(whole.models)) {
      const one = await readManifestForModel(EXAMPLE_MANIFEST, 'm.yaml', model)
      expect(plain(one.models)).toEqual(plain({ [model]: whole.models[model] }))
      expect(one.version).toBe(1)
      expect(plain(one.defaults)).toEqual(plain(whole.defaults))
    }
  })

  it('a model with a problem, or an unknown one, is read with the whole file, so the error is the same', async () => {
    const broken = EXAMPLE_MANIFEST.replace(
      'stage: staging\n        uri: artifacts/churn-classifier/1.5.0',
      'stgae: staging\n        uri: artifacts/churn-classifier/1.5.0'
    )
    await expect(readManifestForModel(broken, 'm.yaml', 'churn-classifier')).rejects.toThrow(ManifestError)
    const unknown = await readManifestForModel(EXAMPLE_MANIFEST, 'm.yaml', 'nope')
    expect(Object.keys(unknown.models)).toEqual(
      Object.keys(loadManifestText(EXAMPLE_MANIFEST, 'm.yaml').data.models)
    )
  })

  it('a move reads the header and its model alone, and writes what a whole read would', () => {
    const whole = loadManifestText(EXAMPLE_MANIFEST, 'm.yaml')
    for (const model of Object.keys(whole.data.models)) {
      const partial = loadManifestForMove(EXAMPLE_MANIFEST, 'm.yaml', model)
      expect(partial.model).toBe(model)
      expect(Object.keys(partial.data.models)).toEqual([model])
      const fromPartial = planPromote(partial.data, model)
      const fromWhole = planPromote(whole.data, model)
      expect(rewriteManifest(partial, fromPartial.changes, fromPartial.result)).toBe(
        rewriteManifest(whole, fromWhole.changes, fromWhole.result)
      )
    }
    // A new model has no block: the whole file is read.
    expect(loadManifestForMove(EXAMPLE_MANIFEST, 'm.yaml', 'fraud').model).toBeUndefined()
    const twice = `${EXAMPLE_MANIFEST}  ticket-ranker:\n    versions: {}\n`
    expect(() => loadManifestForMove(twice, 'm.yaml', 'ticket-ranker')).toThrow(ManifestError)
  })

  it('an edit is spliced into the model block and checked there; a new model falls back to the whole file', () => {
    const manifest = loadManifestText(EXAMPLE_MANIFEST, 'm.yaml')
    const promote = planPromote(manifest.data, 'churn-classifier')
    const promoted = rewriteManifest(manifest, promote.changes, promote.result)
    expect(plain(loadManifestText(promoted, 'm.yaml').data)).toEqual(plain(promote.result))
    const register = planRegister(manifest.data, 'fraud', '1.0', { uri: 's3://f/1' })
    const registered = rewriteManifest(manifest, register.changes, register.result)
    expect(plain(loadManifestText(registered, 'm.yaml').data)).toEqual(plain(register.result))
  })
})

describe('the plain-layout reader', () => {
  const samples: Array<[string, string]> = [
    ['the example', EXAMPLE_MANIFEST],
    [
      'scalars',
      'version: 1\nmodels:\n  m:\n    versions:\n      "a": { stage: staging, uri: "s3://x/1", description: it works }\n'
    ],
    [
      'numbers',
      'version: 1\ndefaults:\n  gates:\n    auc: { min: 0.85, max: 1e3, max_regression: "5%" }\n    f1: { min: -1, max: +2.5 }\nmodels: {}\n'
    ],
    [
      'odd values',
      "version: 1\nmodels:\n  m:\n    versions:\n      'v1':\n        stage: staging\n        metadata: { a: 1_000, b: 0x1F, c: true, d: null, e: 007, f: .5 }\n"
    ],
    [
      'block metadata',
      'version: 1\nmodels:\n  m:\n    versions:\n      "1":\n        stage: archived # old\n        metadata:\n          owner: team a\n          note: "quoted # not a comment"\n'
    ],
    [
      'a list',
      'version: 1\nmodels:\n  m:\n    versions:\n      "1":\n        stage: staging\n        metadata:\n          tags:\n            - a\n'
    ],
    ['a block scalar', 'version: 1\nmodels:\n  m:\n    validate: |\n      make eval\n    versions: {}\n']
  ]
  it.each(samples)(
    '%s: what it reads equals js-yaml (core schema), or it leaves the text to js-yaml',
    (_name, text) => {
      const plain = readPlainLayout(text)
      if (plain !== undefined) expect(plain).toEqual(load(text, { schema: CORE_SCHEMA }))
    }
  )

  it('reads the layout model-stages writes, and leaves the rest', () => {
    expect(readPlainLayout(samples[0]?.[1] ?? '')).toBeDefined()
    expect(readPlainLayout(samples[4]?.[1] ?? '')).toBeDefined()
    expect(readPlainLayout(samples[5]?.[1] ?? '')).toBeUndefined()
    expect(readPlainLayout(samples[6]?.[1] ?? '')).toBeUndefined()
  })

  it('agrees with js-yaml on 300 generated manifests', () => {
    let read = 0
    for (let seed = 0; seed < 300; seed++) {
      const words = [
        'staging',
        'production',
        'archived',
        '0.5',
        '-3',
        '1.0.0',
        's3://a/b',
        'x y',
        '"q"',
        "'s'",
        '1_0',
        'true',
        '~',
        '0x1',
        '.5',
        '1e3',
        '007',
        'a: b',
        'a #c'
      ]
      const pick = (n: number) => words[(seed * 7 + n * 13) % words.length] ?? 'x'
      const text = [
        'version: 1',
        'models:',
        `  m${seed}:`,
        '    versions:',
        `      "1": { stage: ${pick(1)}, uri: ${pick(2)} }`,
        '      "2":',
        `        stage: ${pick(3)}`,
        `        description: ${pick(4)}`,
        `        metrics: { auc: ${pick(5)}, f1: ${pick(6)} }`
      ].join('\n')
      const plain = readPlainLayout(text)
      let expected: unknown
      try {
        expected = load(text, { schema: CORE_SCHEMA })
      } catch {
        expected = 'error'
      }
      if (plain === undefined) continue
      read++
      expect({ seed, value: plain }).toEqual({ seed, value: expected })
    }
    expect(read).toBeGreaterThan(10)
  })

  it('agrees with js-yaml on 20,000 random texts of keys, values, comments and indentation', () => {
    const keys = [
      'stage',
      'uri',
      'model-7',
      '"1.0.0"',
      "'v2'",
      'a b',
      '"x\\"y"',
      '1.5',
      'true',
      'key ',
      'é',
      '__proto__',
      'True',
      'NULL',
      'null',
      'x_y'
    ]
    const values = [
      '',
      'staging',
      's3://bucket/model-7/1.0.0',
      'a:b',
      'a:',
      'x y',
      '0.80',
      '-3',
      '007',
      '1_000',
      'null',
      'Null',
      '~',
      'true',
      'e5',
      '.5',
      '"quoted # not a comment"',
      "'single'",
      '{ auc: 0.9, loss: 0.1 }',
      '{}',
      '{ a: b, a: c }',
      '[a]',
      '&anchor x',
      '*alias',
      '|',
      'word   # comment',
      'word#not-comment',
      'café',
      '0',
      '10',
      '1.',
      '-0',
      '00',
      '1.0.0',
      'http://x/y:',
      '{ a: 0.5 }',
      '{ a: true, b: null }',
      '{ __proto__: 1 }',
      '{ a: b:c }',
      '{ a: 1, }',
      '{ a: 1 } # c',
      '{a: 1}',
      'a\u00a0'
    ]
    let state = 1
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      return (state >>> 8) % n
    }
    let read = 0
    for (let sample = 0; sample < 20_000; sample++) {
      const lines: string[] = []
      let indent = 0
      for (let line = 0, count = 1 + next(12); line < count; line++) {
        const roll = next(10)
        if (roll === 0) lines.push(`${' '.repeat(next(6))}# note`)
        else if (roll === 1) lines.push('')
        else {
          const value = values[next(values.length)] ?? ''
          lines.push(`${' '.repeat(indent)}${keys[next(keys.length)]}:${value === '' ? '' : ' '}${value}`)
          // After a key without a value, the next line usually opens its map; sometimes the indentation is off.
          if (value === '' && next(4) > 0) indent += 2
          else if (next(3) === 0) indent = Math.max(0, indent - 2 * next(3))
          else if (next(20) === 0) indent += 1
        }
      }
      const text = lines.join('\n') + (next(2) === 0 ? '\n' : '')
      const plain = readPlainLayout(text)
      if (plain === undefined) continue
      read++
      expect({ text, value: plain }).toEqual({ text, value: load(text, { schema: CORE_SCHEMA }) })
    }
    // The reader answers for a good share of them, so the comparison is not vacuous.
    expect(read).toBeGreaterThan(600)
  })
})
