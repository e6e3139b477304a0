import { describe, expect, it } from '@jest/globals'
import { readValidManifest } from '../src/manifest/fast-read.js'
import { checkManifestText, loadManifestForModel, loadManifestText } from '../src/manifest/load.js'
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

  it('hands keys YAML reads as numbers, and merge keys, to the reader that says so', () => {
    const numeric = 'version: 1\nmodels:\n  m:\n    versions:\n      1.10: { stage: staging }\n'
    expect(readValidManifest(numeric)).toBeUndefined()
    expect(checkManifestText(numeric, 'm.yaml').problems[0]?.message).toContain('quote it as "1.10"')
    const merge =
      'version: 1\nbase: &b { stage: staging }\nmodels:\n  m:\n    versions:\n      "1": { <<: *b }\n'
    expect(readValidManifest(merge)).toBeUndefined()
  })

  it('a command about one model reads that model as the whole file gives it', () => {
    const whole = loadManifestText(EXAMPLE_MANIFEST, 'm.yaml').data
    for (const model of Object.keys(whole.models)) {
      const one = loadManifestForModel(EXAMPLE_MANIFEST, 'm.yaml', model)
      expect(plain(one.models)).toEqual(plain({ [model]: whole.models[model] }))
      expect(one.version).toBe(1)
      expect(plain(one.defaults)).toEqual(plain(whole.defaults))
    }
  })

  it('a model with a problem, or an unknown one, is read with the whole file, so the error is the same', () => {
    const broken = EXAMPLE_MANIFEST.replace(
      'stage: staging\n        uri: artifacts/churn-classifier/1.5.0',
      'stgae: staging\n        uri: artifacts/churn-classifier/1.5.0'
    )
    expect(() => loadManifestForModel(broken, 'm.yaml', 'churn-classifier')).toThrow(ManifestError)
    expect(() => loadManifestForModel(EXAMPLE_MANIFEST, 'm.yaml', 'nope')).not.toThrow()
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
