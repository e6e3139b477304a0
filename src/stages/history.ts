import type { StageChange } from './states.js'

export interface HistoryEntry extends StageChange {
  commit: string | null
  author: string | null
  date: string | null
  pullRequest: number | null
}

/** "Merge pull request #12 from …" or a squash merge's "Subject (#12)". */
export function pullRequestNumber(subject: string | undefined): number | null {
  if (!subject) return null
  const match = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject)
  return match ? Number(match[1]) : null
}

/** Versions of a model that were in a stage and left it, ordered by when they last left (most recent last). */
export function formerVersionsIn(entries: readonly HistoryEntry[], model: string, stage: string): string[] {
  const order: string[] = []
  for (const entry of entries) {
    if (entry.model !== model || entry.from !== stage) continue
    const seen = order.indexOf(entry.version)
    if (seen !== -1) order.splice(seen, 1)
    order.push(entry.version)
  }
  return order
}
