import type { ValidationResult } from '../adapters/validation.js'
import type { Transition } from '../stages/plan.js'
import { stageMove } from '../stages/rules.js'

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
    stageMove(t.from, t.to),
    t.cause === 'replaced' ? 'replaced by the promotion' : 'requested'
  ])
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map(match => match[0].length))
}

/** Inline code that a backtick inside `text` cannot end early. */
export function inlineCode(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text.replaceAll('\n', ' ')}${pad}${fence}`
}

/**
 * A code block that nothing in `text` can close: its fence is longer than the longest run of backticks in it
 * (a tilde run cannot close a backtick fence).
 */
export function codeBlock(text: string, language = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1))
  return `${fence}${language}\n${text}\n${fence}`
}

export function outputTailBlock(validation: ValidationResult | undefined): string {
  if (!validation || !validation.tail) return ''
  return `<details><summary>Validation output (last lines)</summary>\n\n${codeBlock(validation.tail)}\n</details>`
}
