import { describe, expect, it } from '@jest/globals'
import { checkManifest, openManifest } from '../../../src/manifest/read.js'
import { formatProblem, ManifestError } from '../../../src/manifest/problems.js'
import { badManifests, EXAMPLE_MANIFEST } from '../../helpers/fixtures.js'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('manifest checks', () => {
  const corpus = badManifests()

  it('has a corpus of at least 20 bad manifests, each with an expectation', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20)
    for (const fixture of corpus) expect(fixture.expected.length).toBeGreaterThan(0)
  })

  it.each(corpus.map(fixture => [fixture.name, fixture] as const))(
    '%s gives its problems at file:line:col',
    async (name, fixture) => {
      const { manifest, problems } = await checkManifest(fixture.text, name)
      expect(manifest).toBeUndefined()
      const formatted = problems.map(formatProblem)
      for (const wanted of fixture.expected) {
        const prefix = `${name}:${wanted.line}:${wanted.column}: `
        expect(formatted).toContainEqual(
          expect.stringMatching(new RegExp(`^${escapeRegExp(prefix)}.*${escapeRegExp(wanted.message)}`))
        )
      }
    }
  )

  it('reports every problem of a file at once, in line order', async () => {
    const fixture = corpus.find(f => f.name.includes('many-problems'))
    const { problems } = await checkManifest(fixture?.text ?? '', 'many.yaml')
    expect(problems.map(p => p.line)).toEqual([4, 10, 12])
  })

  it('accepts the example manifest and keeps versions in the order written', async () => {
    const manifest = await openManifest(EXAMPLE_MANIFEST, 'model-stages.yaml')
    expect([...(manifest.data.models['churn-classifier']?.versions.keys() ?? [])]).toEqual([
      '1.3.0',
      '1.4.0',
      '1.5.0'
    ])
    expect(manifest.data.models['churn-classifier']?.versions.get('1.4.0')?.metrics).toEqual({ auc: 0.91 })
  })

  it('throws a ManifestError whose message lists file:line:col lines', async () => {
    await expect(
      openManifest('version: 1\nmodels:\n  a:\n    versions:\n      "1": { stage: nope }\n', 'm.yaml')
    ).rejects.toThrow(ManifestError)
    try {
      await openManifest('version: 1\nmodels:\n  a:\n    versions:\n      "1": { stage: nope }\n', 'm.yaml')
    } catch (error) {
      expect((error as Error).message).toMatch(/^m\.yaml:5:21: .*stage must be one of/)
    }
  })
})
