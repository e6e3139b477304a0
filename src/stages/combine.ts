import type { CombineRule, Gates } from '../manifest/schema.js'

/** What one shard measured. */
export interface ShardMeasurement {
  shard: number
  metrics: Readonly<Record<string, number>>
}

export type Combined = { metrics: Record<string, number> } | { problem: string }

interface Rule {
  combine: CombineRule
  weight?: string
}

/** The combine rule of each gated metric that declares one; the first gate set that declares it wins. */
export function combineRules(gateSets: readonly Gates[]): Map<string, Rule> {
  const rules = new Map<string, Rule>()
  for (const gates of gateSets)
    for (const [metric, gate] of Object.entries(gates))
      if (gate.combine !== undefined && !rules.has(metric))
        rules.set(metric, { combine: gate.combine, ...(gate.weight ? { weight: gate.weight } : {}) })
  // A weight is a count: the shards' weights add up.
  for (const rule of [...rules.values()])
    if (rule.weight !== undefined && !rules.has(rule.weight)) rules.set(rule.weight, { combine: 'sum' })
  return rules
}

function apply(rule: Rule, values: number[], weights: number[] | undefined): number {
  switch (rule.combine) {
    case 'sum':
      return values.reduce((total, value) => total + value, 0)
    case 'min':
      return Math.min(...values)
    case 'max':
      return Math.max(...values)
    case 'mean': {
      if (!weights) return values.reduce((total, value) => total + value, 0) / values.length
      const total = weights.reduce((sum, weight) => sum + weight, 0)
      return values.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0) / total
    }
  }
}

/**
 * One set of metrics from the shards of a validation. A metric one shard alone reports is taken as it is; a metric
 * several report is combined by its gate's rule, and needs every shard's value. Without a rule it is a problem, never
 * an average nobody declared: a global F1 is not the mean of the shards' F1s.
 */
export function combineShards(
  shards: readonly ShardMeasurement[],
  rules: ReadonlyMap<string, Rule>
): Combined {
  const reported = new Map<string, ShardMeasurement[]>()
  for (const shard of shards)
    for (const metric of Object.keys(shard.metrics))
      reported.set(metric, [...(reported.get(metric) ?? []), shard])
  const metrics: Record<string, number> = {}
  for (const [metric, by] of reported) {
    const rule = rules.get(metric)
    if (by.length === 1 && !rule) {
      metrics[metric] = by[0]?.metrics[metric] as number
      continue
    }
    if (!rule)
      return {
        problem:
          `metric ${metric} is reported by ${by.length} shards and its gate declares no combine: ` +
          'declare combine: mean, sum, min or max on its gate, or report it from one shard only'
      }
    if (by.length !== shards.length)
      return {
        problem: `metric ${metric} (combine: ${rule.combine}) is reported by ${by.length} of ${shards.length} shards: every shard must report it`
      }
    const values = by.map(shard => shard.metrics[metric] as number)
    let weights: number[] | undefined
    if (rule.weight !== undefined) {
      const weight = rule.weight
      weights = by.map(shard => shard.metrics[weight] ?? NaN)
      if (weights.some(value => !Number.isFinite(value) || value < 0) || weights.every(value => value === 0))
        return {
          problem: `metric ${metric} is a mean weighted by ${weight}: every shard must report ${weight} as a number ≥ 0, not all 0`
        }
    }
    metrics[metric] = apply(rule, values, weights)
  }
  return { metrics }
}
