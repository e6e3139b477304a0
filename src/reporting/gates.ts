import type { GateResult } from '../stages/gates.js'
import { markdownTable } from './markdown.js'

function formatted(value: number | null): string {
  return value === null ? '—' : String(Number(value.toPrecision(10)))
}

/** candidate − production, and the relative change: "+0.0200 (+2.2%)". */
function change(result: GateResult): string {
  if (result.candidate === null || result.baseline === null) return '—'
  const delta = result.candidate - result.baseline
  const sign = delta >= 0 ? '+' : ''
  const relative =
    result.baseline !== 0 ? ` (${sign}${((delta / Math.abs(result.baseline)) * 100).toFixed(1)}%)` : ''
  return `${sign}${Number(delta.toPrecision(6))}${relative}`
}

function verdict(result: GateResult): string {
  return `${result.passed ? '✅ pass' : '❌ fail'}${result.note ? `: ${result.note}` : ''}`
}

/** The gate table every report shows: metric | candidate | production | change | rule | verdict. */
export function gatesMarkdown(results: readonly GateResult[]): string {
  if (results.length === 0) return ''
  return markdownTable(
    ['Metric', 'Candidate', 'Production', 'Change', 'Rule', 'Verdict'],
    results.map(result => [
      result.metric,
      formatted(result.candidate),
      formatted(result.baseline),
      change(result),
      result.rule,
      verdict(result)
    ])
  )
}

/** The compact form for commit messages and the CLI: one line per rule. */
export function gatesText(results: readonly GateResult[]): string[] {
  return results.map(
    result =>
      `${result.metric} ${formatted(result.candidate)} vs ${formatted(result.baseline)}: ${result.rule} ${
        result.passed ? 'passed' : 'failed'
      }${result.note ? ` (${result.note})` : ''}`
  )
}
