import type { HistoryEntry } from './history.js'

/** Where a move happened in the history: its commit (null: not committed yet), when, by whom, in which pull request. */
export interface MovePoint {
  commit: string | null
  date: string | null
  author: string | null
  pullRequest: number | null
}

/** A version holding an exclusive stage, from the move that put it there to the move that took it out. */
export interface Holding {
  stage: string
  version: string
  since: MovePoint
  /** null: it holds the stage still. */
  until: MovePoint | null
}

function pointOf(entry: HistoryEntry): MovePoint {
  return { commit: entry.commit, date: entry.date, author: entry.author, pullRequest: entry.pullRequest }
}

/**
 * Which version held each of `stages` (the exclusive ones) over time, oldest first, folded from a model's history.
 * A version entering a stage ends the holding of the one it replaces, whichever of the two moves a commit lists
 * first.
 */
export function stageHoldings(
  entries: readonly HistoryEntry[],
  model: string,
  stages: readonly string[]
): Holding[] {
  const holdings: Holding[] = []
  const open = new Map<string, Holding>()
  const watched = new Set(stages)
  for (const entry of entries) {
    if (entry.model !== model) continue
    if (entry.from !== null && watched.has(entry.from)) {
      const holding = open.get(entry.from)
      if (holding?.version === entry.version) {
        holding.until = pointOf(entry)
        open.delete(entry.from)
      }
    }
    if (entry.to !== null && watched.has(entry.to)) {
      const replaced = open.get(entry.to)
      if (replaced) replaced.until = pointOf(entry)
      const holding: Holding = { stage: entry.to, version: entry.version, since: pointOf(entry), until: null }
      open.set(entry.to, holding)
      holdings.push(holding)
    }
  }
  return holdings
}
