import { createTwoFilesPatch, structuredPatch } from 'diff'

export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return ''
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, '', '', { context: 2 })
    .split('\n')
    .filter(line => !line.startsWith('====='))
    .map(line => line.replace(/\t$/, ''))
    .join('\n')
}

/** Lines removed plus lines added. */
export function changedLineCount(before: string, after: string): number {
  return structuredPatch('a', 'b', before, after, '', '', { context: 0 })
    .hunks.flatMap(hunk => hunk.lines)
    .filter(line => line.startsWith('-') || line.startsWith('+')).length
}
