import { describe, expect, it } from '@jest/globals'
import { CORE_SCHEMA, load } from 'js-yaml'
import { parseDocument, isMap, isScalar } from 'yaml'
import { ManifestError } from '../../../src/manifest/problems.js'
import { readPlainData } from '../../../src/manifest/profile.js'
import {
  checkManifest,
  openManifest,
  readManifest,
  readManifestForModel,
  readStageMap
} from '../../../src/manifest/read.js'
import { rewriteManifest } from '../../../src/manifest/rewrite.js'
import { schemaProblems } from '../../../src/manifest/schema-problems.js'
import { ManifestSchema } from '../../../src/manifest/schema.js'
import { StageTracker } from '../../../src/manifest/stage-tracker.js'
import { planPromote, planRegister } from '../../../src/stages/plan.js'
import { badManifests, EXAMPLE_MANIFEST } from '../../helpers/fixtures.js'

/** The data as JSON, versions as ordered pairs: what a comparison should see. */
const plain = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v))) as unknown

const HEAD = 'version: 1\ndefaults:\n  validate: ./v.sh\nmodels:\n  churn:\n    versions:\n'

describe('the strict profile', () => {
  it.each([
    [
      'an alias into a stage',
      `${HEAD}      "1":\n        stage: &p production\n      "2":\n        stage: *p\n`,
      8,
      16
    ],
    ['__proto__ as a model', 'version: 1\nmodels:\n  __proto__: { versions: {} }\n', 3, 3],
    ['__proto__ as a version', `${HEAD}      __proto__: { stage: staging }\n`, 7, 7],
    ['__proto__ as a metric', `${HEAD}      "1": { stage: staging, metrics: { __proto__: 1 } }\n`, 7, 41],
    [
      'constructor as a gate',
      'version: 1\ndefaults:\n  gates:\n    constructor: { min: 1 }\nmodels: {}\n',
      4,
      5
    ],
    ['prototype in metadata', `${HEAD}      "1": { stage: staging, metadata: { prototype: 1 } }\n`, 7, 42],
    ['a %YAML directive', `%YAML 1.1\n---\n${HEAD}`, 1, 1],
    ['a %TAG directive', `%TAG !e! tag:example.com:\n---\n${HEAD}`, 1, 1],
    ['a !!str tag', `${HEAD}      "1": { stage: !!str staging }\n`, 7, 21],
    ['a custom tag', `${HEAD}      "1": { stage: !prod staging }\n`, 7, 21],
    ['a lone CR', `${HEAD}      "1": { stage: staging }\r      "2": { stage: staging }\n`, 7, 30],
    [
      'a control character in a quoted value',
      `${HEAD}      "1": { stage: staging, description: "a\\x1bb" }\n`,
      7,
      44
    ],
    ['a raw control character', `${HEAD}      "1": { stage: staging, description: a\u0007b }\n`, 7, 44],
    ['a second document', `${HEAD}      "1": { stage: staging }\n---\nversion: 1\n`, 8, 1],
    ['a merge key', `${HEAD}      "1": { <<: { stage: production } }\n`, 7, 14],
    ['a duplicate key', `${HEAD}      "1": { stage: staging }\n      '1': { stage: production }\n`, 8, 7],
    ['a number as a version', `${HEAD}      1.10: { stage: staging }\n`, 7, 7],
    [
      '5,000 levels of nesting',
      `${HEAD}      "1": { stage: staging, metadata: { a: ${'['.repeat(5000)}${']'.repeat(5000)} } }\n`,
      7,
      71
    ]
  ])('refuses %s at its line and column, in every reader', async (_name, text, line, column) => {
    const { manifest, problems } = await checkManifest(text, 'm.yaml')
    expect(manifest).toBeUndefined()
    expect(problems[0]).toMatchObject({ file: 'm.yaml', line, column })
    expect(() => readStageMap(text, 'm.yaml@abc1234')).toThrow(ManifestError)
    await expect(readManifestForModel(text, 'm.yaml', 'churn')).rejects.toThrow(ManifestError)
    await expect(openManifest(text, 'm.yaml', 'churn')).rejects.toThrow(ManifestError)
    expect(new StageTracker().next(Buffer.from(text), 'm.yaml@abc1234')).toHaveProperty('problems')
  })

  it('refuses an alias bomb at once, in a bounded number of problems', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level < 9; level++) {
      const [name, previous] = [String.fromCharCode(97 + level), String.fromCharCode(96 + level)]
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
    }
    const text = `${HEAD}      "1":\n        stage: staging\n        metadata:\n${levels.map(l => `          ${l}`).join('\n')}\n`
    const { problems } = await checkManifest(text, 'm.yaml')
    expect(problems).toHaveLength(21)
    expect(problems[20]?.message).toMatch(/^and \d+ more problem/)
  })

  it('keeps versions in the order written, whatever the key looks like', async () => {
    const text = `${HEAD}      "1.5.0": { stage: staging }\n      "7": { stage: staging }\n      "10": { stage: staging }\n`
    const data = await readManifest(text, 'm.yaml')
    expect([...(data.models.churn?.versions.keys() ?? [])]).toEqual(['1.5.0', '7', '10'])
    expect([...(readStageMap(text, 'm.yaml').get('churn')?.keys() ?? [])]).toEqual(['1.5.0', '7', '10'])
    const alone = await readManifestForModel(text, 'm.yaml', 'churn')
    expect([...(alone.models.churn?.versions.keys() ?? [])]).toEqual(['1.5.0', '7', '10'])
    // promote without a version takes the newest candidate: the last written.
    expect(planPromote(data, 'churn').version).toBe('10')
  })
})

/** The value eemeli/yaml reads, with each model's version keys in its order. */
function yamlReading(text: string): { value: unknown; order: Map<string, string[]> } | undefined {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true })
  if (doc.errors.length > 0) return undefined
  const order = new Map<string, string[]>()
  const models = doc.get('models', true)
  if (isMap(models))
    for (const pair of models.items) {
      const versions = isMap(pair.value) ? pair.value.get('versions', true) : undefined
      if (isScalar(pair.key) && isMap(versions))
        order.set(
          String(pair.key.value),
          versions.items.map(item => String(isScalar(item.key) ? item.key.value : item.key))
        )
    }
  return { value: doc.toJS(), order }
}

/** js-yaml's own load, which calls a text without a document an error where the event reader gives null. */
function jsYamlValue(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA })
  } catch (error) {
    if (error instanceof Error && /input is empty/.test(error.message)) return null
    throw error
  }
}

const ADVERSARIAL = [
  ...badManifests().map(fixture => fixture.text),
  `${HEAD}      "7": { stage: staging }\n      "1.5.0": { stage: staging }\n`,
  `${HEAD}      "1": { stage: staging, description: "tab\\there" }\n`,
  `${HEAD}      "1":\n        stage: staging\n        description: |\n          two\n          lines\n`
]

const MUTATIONS = [
  '&a ',
  '*a',
  '!!str ',
  '!x ',
  '%YAML 1.1\n---\n',
  '\n---\n',
  '<<: ',
  '__proto__',
  'constructor',
  '"\\x01"',
  '"\\t"',
  '\r',
  '\r\n',
  '\t',
  '{',
  '}',
  '[',
  ']',
  ', ',
  ': ',
  '"7"',
  '7',
  '1.10',
  'true',
  '~',
  "'",
  '"',
  '#',
  '\n  ',
  '\n',
  '- ',
  '|\n',
  '? ',
  'stage: production',
  '\u0085',
  '\u00a0',
  '\ufeff'
]

describe('every reader agrees on what the profile accepts', () => {
  it('js-yaml and eemeli/yaml read every accepted text alike, over the named texts and 4,000 mutations', async () => {
    let state = 20261201
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      return (state >>> 8) % n
    }
    const texts = [...ADVERSARIAL]
    // Half the mutations start from a valid manifest, so that the project's own readers are compared too.
    const bases = [...ADVERSARIAL, ...Array<string>(ADVERSARIAL.length).fill(EXAMPLE_MANIFEST)]
    for (let sample = 0; sample < 4000; sample++) {
      let text = bases[next(bases.length)] ?? ''
      for (let edit = 0, edits = 1 + next(2); edit < edits; edit++) {
        const at = next(text.length + 1)
        const mutation = MUTATIONS[next(MUTATIONS.length)] ?? ''
        text =
          next(4) === 0
            ? text.slice(0, at) + text.slice(at + 1 + next(4))
            : text.slice(0, at) + mutation + text.slice(at)
      }
      texts.push(text)
    }
    let accepted = 0
    let valid = 0
    for (const text of texts) {
      const { data } = readPlainData(text)
      if (!data) continue
      accepted++
      const other = yamlReading(text)
      expect({ text, agrees: other !== undefined }).toEqual({ text, agrees: true })
      expect({ text, value: data.value }).toEqual({ text, value: other?.value })
      expect({ text, value: data.value }).toEqual({ text, value: jsYamlValue(text) })
      for (const [model, versions] of other?.order ?? [])
        expect({ text, model, order: data.versionOrder.get(model) }).toEqual({ text, model, order: versions })
      const { manifest } = await checkManifest(text, 'm.yaml')
      if (!manifest) continue
      valid++
      // The other readers of the project: stages, one model alone, a revision followed by the tracker.
      const stages = readStageMap(text, 'm.yaml')
      for (const [model, entry] of Object.entries(manifest.models)) {
        expect({ text, stages: [...(stages.get(model) ?? [])] }).toEqual({
          text,
          stages: [...entry.versions].map(([version, details]) => [version, details.stage])
        })
        const alone = await readManifestForModel(text, 'm.yaml', model)
        expect({ text, model: plain(alone.models[model]) }).toEqual({ text, model: plain(entry) })
      }
      const tracker = new StageTracker()
      tracker.next(Buffer.from(EXAMPLE_MANIFEST), 'before')
      expect({ text, reading: tracker.next(Buffer.from(text), 'after') }).toHaveProperty('reading.changes')
      expect(plain(tracker.current)).toEqual(plain(stages))
    }
    // The comparison is not vacuous: many mutated texts are still plain data, some still manifests.
    expect(accepted).toBeGreaterThan(800)
    expect(valid).toBeGreaterThan(500)
  })
})

describe('the reading API', () => {
  it('reads one model as the whole file gives it', async () => {
    const whole = await readManifest(EXAMPLE_MANIFEST, 'm.yaml')
    for (const model of Object.keys(whole.models)) {
      const one = await readManifestForModel(EXAMPLE_MANIFEST, 'm.yaml', model)
      expect(plain(one.models)).toEqual(plain({ [model]: whole.models[model] }))
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
      Object.keys((await readManifest(EXAMPLE_MANIFEST, 'm.yaml')).models)
    )
  })

  it('a large manifest, checked by the compiled schema, is read and its problems placed', async () => {
    const lines = ['version: 1', 'defaults:', '  validate: make eval', 'models:']
    for (let m = 0; m < 1500; m++) {
      lines.push(`  model-${m}:`, '    versions:')
      for (let v = 0; v < 8; v++)
        lines.push(
          `      "1.${v}.0":`,
          `        stage: ${v === 7 ? 'staging' : v === 6 ? 'production' : 'archived'}   # v${v}`,
          `        uri: s3://models/model-${m}/1.${v}.0`
        )
    }
    const large = lines.join('\n') + '\n'
    expect(large.length).toBeGreaterThan(512 * 1024)
    expect(Object.keys((await readManifest(large, 'm.yaml')).models)).toHaveLength(1500)
    const typo = large.replace(
      'model-1499:\n    versions:\n      "1.0.0":\n        stage:',
      'model-1499:\n    versions:\n      "1.0.0":\n        stgae:'
    )
    expect((await checkManifest(typo, 'm.yaml')).problems.map(problem => problem.message)).toEqual([
      'model model-1499 version 1.0.0 has no stage (staging, production or archived)',
      expect.stringContaining('unknown key "stgae" in model model-1499 version 1.0.0: did you mean "stage"?')
    ])
  })

  it('a large manifest gets every problem in the words the schema itself gives', async () => {
    const lines = ['version: 1', 'models:']
    for (let m = 0; m < 1200; m++) {
      lines.push(`  model-${m}:`, '    gates:', '      auc: { min: 0.5 }', '    versions:')
      for (let v = 0; v < 8; v++)
        lines.push(
          `      "1.${v}.0":`,
          `        stage: ${v === 7 ? 'staging' : v === 6 ? 'production' : 'archived'}`,
          `        metrics: { auc: 0.${v} }`
        )
    }
    const broken = [
      ['version: 1\n', 'version: 1\nextra: 1\n'],
      ['  model-3:\n', '  Model_3:\n'],
      [
        '  model-40:\n    gates:\n      auc: { min: 0.5 }',
        '  model-40:\n    gates:\n      auc: { min: 0.9, max: 0.1 }'
      ],
      [
        '  model-500:\n    gates:\n      auc: { min: 0.5 }\n    versions:\n      "1.0.0":',
        '  model-500:\n    gates:\n      auc: { min: 0.5 }\n    versions:\n      "-1.0.0":'
      ],
      [
        '  model-700:\n    gates:\n      auc: { min: 0.5 }\n    versions:\n      "1.0.0":\n        stage: archived\n        metrics: { auc: 0.0 }',
        '  model-700:\n    gates:\n      auc: { min: 0.5 }\n    versions:\n      "1.0.0":\n        stage: archived\n        metrics: { auc: high }'
      ],
      ['  model-1199:\n    gates:', '  model-1199:\n    shards: 0\n    gates:']
    ].reduce(
      (text, [from, to]) => {
        expect(text).toContain(from)
        return text.replace(from as string, to as string)
      },
      lines.join('\n') + '\n'
    )
    expect(broken.length).toBeGreaterThan(512 * 1024)
    const value = readPlainData(broken).data?.value
    const runtime = ManifestSchema.safeParse(value)
    expect(runtime.success).toBe(false)
    const expected = schemaProblems(broken, 'm.yaml', value, runtime.error?.issues ?? [])
    expect(expected).toHaveLength(6)
    expect((await checkManifest(broken, 'm.yaml')).problems).toEqual(expected)
  })

  it('a move opens the header and its model alone, and writes what a whole read would', async () => {
    const whole = await openManifest(EXAMPLE_MANIFEST, 'm.yaml')
    for (const model of Object.keys(whole.data.models)) {
      const partial = await openManifest(EXAMPLE_MANIFEST, 'm.yaml', model)
      expect(partial.model).toBe(model)
      expect(Object.keys(partial.data.models)).toEqual([model])
      const fromPartial = planPromote(partial.data, model)
      const fromWhole = planPromote(whole.data, model)
      expect(await rewriteManifest(partial, fromPartial.changes, fromPartial.result)).toBe(
        await rewriteManifest(whole, fromWhole.changes, fromWhole.result)
      )
    }
    expect((await openManifest(EXAMPLE_MANIFEST, 'm.yaml', 'fraud')).model).toBeUndefined()
    const twice = `${EXAMPLE_MANIFEST}  ticket-ranker:\n    versions: {}\n`
    await expect(openManifest(twice, 'm.yaml', 'ticket-ranker')).rejects.toThrow(ManifestError)
  })

  it('an edit reads back as the plan expects; a new model falls back to the whole file', async () => {
    const manifest = await openManifest(EXAMPLE_MANIFEST, 'm.yaml')
    const promote = planPromote(manifest.data, 'churn-classifier')
    const promoted = await rewriteManifest(manifest, promote.changes, promote.result)
    expect(plain(await readManifest(promoted, 'm.yaml'))).toEqual(plain(promote.result))
    const register = planRegister(manifest.data, 'fraud', '1.0', { uri: 's3://f/1' })
    const registered = await rewriteManifest(manifest, register.changes, register.result)
    expect(plain(await readManifest(registered, 'm.yaml'))).toEqual(plain(register.result))
  })
})
