import { describe, expect, it } from '@jest/globals'
import { combineRules, combineShards } from '../../../src/stages/combine.js'

const shards = (...metrics: Array<Record<string, number>>) =>
  metrics.map((values, index) => ({ shard: index + 1, metrics: values }))

describe('combining sharded metrics', () => {
  it('combines each metric by its declared rule, a weighted mean by the summed weights', () => {
    const rules = combineRules([
      {
        f1: { min: 0.5, combine: 'mean', weight: 'n' },
        errors: { max: 10, combine: 'sum' },
        worst: { min: 0, combine: 'min' },
        latency: { max: 100, combine: 'max' }
      }
    ])
    const combined = combineShards(
      shards(
        { f1: 0.9, n: 100, errors: 1, worst: 0.4, latency: 20 },
        { f1: 0.6, n: 300, errors: 2, worst: 0.3, latency: 90 }
      ),
      rules
    )
    expect(combined).toEqual({
      metrics: { f1: (0.9 * 100 + 0.6 * 300) / 400, n: 400, errors: 3, worst: 0.3, latency: 90 }
    })
  })

  it('takes a metric one shard reports as it is, and refuses one several report without a rule', () => {
    expect(combineShards(shards({ auc: 0.9 }, { size: 3 }), new Map())).toEqual({
      metrics: { auc: 0.9, size: 3 }
    })
    expect(combineShards(shards({ auc: 0.9 }, { auc: 0.7 }), new Map())).toEqual({
      problem: expect.stringContaining('metric auc is reported by 2 shards and its gate declares no combine')
    })
  })

  it('refuses a combined metric some shards did not report, and weights that are missing or all zero', () => {
    const mean = combineRules([{ auc: { combine: 'mean' } }])
    expect(combineShards(shards({ auc: 0.9 }, { auc: 0.7 }, {}), mean)).toEqual({
      problem: expect.stringContaining('reported by 2 of 3 shards')
    })
    const weighted = combineRules([{ auc: { combine: 'mean', weight: 'n' } }])
    expect(combineShards(shards({ auc: 0.9, n: 0 }, { auc: 0.7, n: 0 }), weighted)).toEqual({
      problem: expect.stringContaining('weighted by n')
    })
    expect(combineShards(shards({ auc: 0.9, n: 1 }, { auc: 0.7 }), weighted)).toEqual({
      problem: expect.stringContaining('weighted by n')
    })
  })
})
