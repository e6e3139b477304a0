import type { Gate, Gates, Manifest } from '../manifest/schema.js'
import { lastStage, pipelineOf, stageSpec } from './pipeline.js'

/** One rule of one metric, judged. */
export interface GateResult {
  metric: string
  candidate: number | null
  baseline: number | null
  /** The rule as written: `min 0.85`, `max_regression 0.005`, `min_improvement 2%`. */
  rule: string
  passed: boolean
  note: string | null
}

/**
 * The gates a version must meet to enter a stage: the stage's own, and for the last stage (where the live version
 * is) the model's, else the defaults' (a model's gates replace the defaults whole). Each set is judged on its own.
 */
export function gatesFor(data: Manifest, model: string, target: string): Gates[] {
  const pipeline = pipelineOf(data)
  const sets: Array<Gates | undefined> = [stageSpec(pipeline, target)?.gates]
  if (target === lastStage(pipeline).name) sets.push(data.models[model]?.gates ?? data.defaults?.gates)
  return sets.filter((gates): gates is Gates => gates !== undefined && Object.keys(gates).length > 0)
}

export function baselineModeFor(data: Manifest, model: string): 'recorded' | 'rerun' {
  return data.models[model]?.baseline ?? data.defaults?.baseline ?? 'recorded'
}

/** Inclusive bounds, with room for the last bits of floating point (0.91 - 0.01 is 0.9000000000000001). */
function atLeast(value: number, bound: number): boolean {
  return value >= bound - 1e-9 * Math.max(1, Math.abs(bound))
}

function amountOf(amount: number | string, base: number): { value: number; relative: boolean } {
  if (typeof amount === 'number') return { value: amount, relative: false }
  return { value: (Math.abs(base) * Number(amount.slice(0, -1))) / 100, relative: true }
}

function changeRule(
  metric: string,
  gate: Gate,
  kind: 'max_regression' | 'min_improvement',
  candidate: number,
  baseline: number | undefined
): GateResult {
  const amount = gate[kind] as number | string
  const rule = `${kind} ${amount}`
  if (baseline === undefined)
    return {
      metric,
      candidate,
      baseline: null,
      rule,
      passed: true,
      note: 'no baseline: production has no value'
    }
  const higher = (gate.better ?? 'higher') === 'higher'
  const { value, relative } = amountOf(amount, baseline)
  if (relative && baseline === 0)
    return {
      metric,
      candidate,
      baseline,
      rule,
      passed: false,
      note: 'a relative rule needs a production value other than 0'
    }
  // Higher is better: at least base - regression, or base + improvement. Lower is better mirrors it.
  const sign = kind === 'max_regression' ? -1 : 1
  const threshold = higher ? baseline + sign * value : baseline - sign * value
  const passed = higher ? atLeast(candidate, threshold) : atLeast(-candidate, -threshold)
  const needed = `${higher ? '≥' : '≤'} ${Number(threshold.toPrecision(12))}`
  return { metric, candidate, baseline, rule, passed, note: passed ? null : `needs ${needed}` }
}

/**
 * Every rule of every gated metric, each judged and every failure reported: absolute bounds always, change rules
 * against production's value when there is one (else skipped and said so). A gated metric the candidate lacks fails.
 */
export function evaluateGates(
  gates: Gates,
  candidate: Record<string, number>,
  baseline: Record<string, number> | undefined
): GateResult[] {
  const results: GateResult[] = []
  for (const [metric, gate] of Object.entries(gates)) {
    // Own values only: a metric named toString is a name, never Object.prototype.toString.
    const value = Object.hasOwn(candidate, metric) ? candidate[metric] : undefined
    const base = baseline && Object.hasOwn(baseline, metric) ? baseline[metric] : undefined
    if (value === undefined) {
      results.push({
        metric,
        candidate: null,
        baseline: base ?? null,
        rule: 'measured',
        passed: false,
        note: 'the candidate has no value for this metric'
      })
      continue
    }
    if (gate.min !== undefined)
      results.push({
        metric,
        candidate: value,
        baseline: base ?? null,
        rule: `min ${gate.min}`,
        passed: atLeast(value, gate.min),
        note: null
      })
    if (gate.max !== undefined)
      results.push({
        metric,
        candidate: value,
        baseline: base ?? null,
        rule: `max ${gate.max}`,
        passed: atLeast(-value, -gate.max),
        note: null
      })
    if (gate.max_regression !== undefined)
      results.push(changeRule(metric, gate, 'max_regression', value, base))
    if (gate.min_improvement !== undefined)
      results.push(changeRule(metric, gate, 'min_improvement', value, base))
  }
  return results
}

export function gatesPassed(results: readonly GateResult[]): boolean {
  return results.every(result => result.passed)
}
