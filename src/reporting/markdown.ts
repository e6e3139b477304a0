import type { ValidationResult } from '../adapters/validation.js'
import type { Transition } from '../stages/plan.js'
import { stageName } from '../stages/rules.js'

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ')
}

export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function transitionRows(transitions: readonly Transition[]): string[][] {
  return transitions.map(t => [
    t.model,
    `\`${t.version}\``,
    `${stageName(t.from)} → ${t.to ?? 'removed'}`,
    t.cause === 'replaced' ? 'replaced by the promotion' : 'requested'
  ])
}

export function outputTailBlock(validation: ValidationResult | undefined): string {
  if (!validation || !validation.tail) return ''
  const fence = validation.tail.includes('```') ? '~~~~' : '```'
  return `<details><summary>Validation output (last lines)</summary>\n\n${fence}\n${validation.tail}\n${fence}\n</details>`
}
