import { diffStages, type StageChange, type StageMap } from './states.js'

export interface Revision {
  /** Undefined for the uncommitted work tree. */
  commit?: string
  author?: string
  email?: string
  date?: string
  subject?: string
  stages: StageMap
}

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

/** Rebuilds every transition from consecutive states of the manifest, oldest first. */
export function historyFromRevisions(revisions: readonly Revision[]): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  let previous: StageMap = new Map()
  for (const revision of revisions) {
    for (const change of diffStages(previous, revision.stages)) {
      entries.push({
        ...change,
        commit: revision.commit ?? null,
        author: revision.author ?? null,
        date: revision.date ?? null,
        pullRequest: pullRequestNumber(revision.subject)
      })
    }
    previous = revision.stages
  }
  return entries
}

/** Versions of a model that were in production and left it, ordered by when they last left (most recent last). */
export function formerProductionVersions(entries: readonly HistoryEntry[], model: string): string[] {
  const order: string[] = []
  for (const entry of entries) {
    if (entry.model !== model || entry.from !== 'production') continue
    const seen = order.indexOf(entry.version)
    if (seen !== -1) order.splice(seen, 1)
    order.push(entry.version)
  }
  return order
}
