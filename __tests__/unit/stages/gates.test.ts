import { describe, expect, it } from '@jest/globals'
import { checkManifest } from '../../../src/manifest/read.js'
import { evaluateGates, gatesPassed } from '../../../src/stages/gates.js'

const judge = (gate: Parameters<typeof evaluateGates>[0][string], candidate?: number, baseline?: number) =>
  evaluateGates(
    { m: gate },
    candidate === undefined ? {} : { m: candidate },
    baseline === undefined ? undefined : { m: baseline }
  )

describe('metric gates', () => {
  it('absolute bounds are inclusive', () => {
    expect(gatesPassed(judge({ min: 0.85 }, 0.85))).toBe(true)
    expect(gatesPassed(judge({ min: 0.85 }, 0.8499))).toBe(false)
    expect(gatesPassed(judge({ max: 120 }, 120))).toBe(true)
    expect(gatesPassed(judge({ max: 120 }, 120.01))).toBe(false)
  })

  it('higher is better: within max_regression below production passes, beyond fails (boundary included)', () => {
    expect(gatesPassed(judge({ max_regression: 0.01 }, 0.9, 0.91))).toBe(true)
    expect(gatesPassed(judge({ max_regression: 0.01 }, 0.899, 0.91))).toBe(false)
    expect(judge({ max_regression: 0.01 }, 0.899, 0.91)[0]?.note).toBe('needs ≥ 0.9')
  })

  it('min_improvement needs the candidate that much better than production', () => {
    expect(gatesPassed(judge({ min_improvement: 0.002 }, 0.912, 0.91))).toBe(true)
    expect(gatesPassed(judge({ min_improvement: 0.002 }, 0.911, 0.91))).toBe(false)
  })

  it('lower is better mirrors both rules', () => {
    expect(gatesPassed(judge({ better: 'lower', max_regression: 5 }, 105, 100))).toBe(true)
    expect(gatesPassed(judge({ better: 'lower', max_regression: 5 }, 105.5, 100))).toBe(false)
    expect(gatesPassed(judge({ better: 'lower', min_improvement: 5 }, 95, 100))).toBe(true)
    expect(gatesPassed(judge({ better: 'lower', min_improvement: 5 }, 96, 100))).toBe(false)
  })

  it('relative rules are a percentage of production’s value, on its absolute value', () => {
    expect(gatesPassed(judge({ better: 'lower', max_regression: '10%' }, 110, 100))).toBe(true)
    expect(gatesPassed(judge({ better: 'lower', max_regression: '10%' }, 110.1, 100))).toBe(false)
    expect(gatesPassed(judge({ max_regression: '10%' }, -1.1, -1))).toBe(true)
    expect(gatesPassed(judge({ max_regression: '10%' }, -1.11, -1))).toBe(false)
  })

  it('a relative rule against a production value of 0 fails with a message', () => {
    const [result] = judge({ min_improvement: '5%' }, 1, 0)
    expect(result).toMatchObject({
      passed: false,
      note: 'a relative rule needs a production value other than 0'
    })
  })

  it('a gated metric the candidate lacks fails', () => {
    expect(judge({ min: 0.5 }, undefined, 0.9)).toEqual([
      {
        metric: 'm',
        candidate: null,
        baseline: 0.9,
        rule: 'measured',
        passed: false,
        note: 'the candidate has no value for this metric'
      }
    ])
  })

  it('no production value: change rules are skipped and say so, absolute bounds still apply', () => {
    const results = judge({ min: 0.8, max_regression: 0.01 }, 0.7)
    expect(results.map(r => [r.rule, r.passed, r.note])).toEqual([
      ['min 0.8', false, null],
      ['max_regression 0.01', true, 'no baseline: production has no value']
    ])
  })

  it('every rule is judged and every failure reported, not only the first', () => {
    const results = evaluateGates(
      { auc: { min: 0.9, max_regression: 0.001 }, latency: { better: 'lower', max: 100 } },
      { auc: 0.85, latency: 150 },
      { auc: 0.91 }
    )
    expect(results.filter(r => !r.passed).map(r => `${r.metric} ${r.rule}`)).toEqual([
      'auc min 0.9',
      'auc max_regression 0.001',
      'latency max 100'
    ])
  })

  it('the manifest refuses a gate with both change rules, an unknown key and a bad amount, at their lines', async () => {
    const text = [
      'version: 1',
      'defaults:',
      '  gates:',
      '    auc: { min: 0.8, max_regression: 0.01, min_improvement: 0.01 }',
      'models:',
      '  m:',
      '    gates:',
      '      f1: { max_regresion: 0.1 }',
      '      loss: { max_regression: "ten" }',
      '    versions: {}'
    ].join('\n')
    const messages = (await checkManifest(text, 'm.yaml')).problems.map(
      p => `${p.line}:${p.column} ${p.message}`
    )
    expect(messages).toEqual([
      expect.stringMatching(
        /^4:10 defaults\.gates\.auc: a gate has max_regression or min_improvement, not both/
      ),
      expect.stringMatching(
        /^8:13 unknown key "max_regresion" in model m gates\.f1: did you mean "max_regression"\?/
      ),
      expect.stringMatching(/^9:31 model m gates\.loss\.max_regression: .*"5%"/)
    ])
  })
})

describe('gate names are names', () => {
  it('a gate named after a property of every object judges that metric, never the property', () => {
    const results = evaluateGates({ toString: { min: 0.5 }, hasOwnProperty: { max: 2 } }, {}, {})
    expect(results.map(result => [result.metric, result.passed, result.note])).toEqual([
      ['toString', false, 'the candidate has no value for this metric'],
      ['hasOwnProperty', false, 'the candidate has no value for this metric']
    ])
  })
})
