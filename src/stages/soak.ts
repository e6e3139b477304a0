import type { HistoryEntry } from './history.js'
import { formatDuration, stageSpec, type Pipeline } from './pipeline.js'

/** When a version entered the stage it is in: the commit that moved it there, or null for a move not committed. */
export interface StageEntry {
  commit: string | null
  /** The commit's committer date (ISO 8601); null when the move is not committed yet. */
  date: string | null
}

/** The last move of a version into `stage` in a history; undefined when the history does not have one. */
export function stageEntry(
  entries: readonly HistoryEntry[],
  committedAt: ReadonlyMap<string, string>,
  model: string,
  version: string,
  stage: string
): StageEntry | undefined {
  const entry = entries.findLast(
    candidate => candidate.model === model && candidate.version === version && candidate.to === stage
  )
  if (!entry) return undefined
  return { commit: entry.commit, date: entry.commit ? (committedAt.get(entry.commit) ?? null) : null }
}

/** How far ahead of now a commit's date may be before it is not believed: clocks drift a little, not a year. */
export const CLOCK_SKEW_SECONDS = 5 * 60

export interface SoakVerdict {
  /** The stage being left, where the time is counted. */
  stage: string
  target: string
  soak: string
  requiredSeconds: number
  elapsedSeconds: number
  remainingSeconds: number
  entered?: StageEntry
  /** The entry commit is dated after now (beyond the skew): no time is counted, and only force passes. */
  futureDate?: string
}

/**
 * How long a version has spent in `from` against the soak `target` asks for; undefined when `target` has none.
 * A move not committed yet, or not found in the history, has spent no time there.
 */
export function judgeSoak(
  pipeline: Pipeline,
  from: string,
  target: string,
  entered: StageEntry | undefined,
  now: Date
): SoakVerdict | undefined {
  const spec = stageSpec(pipeline, target)
  if (spec?.soak === undefined || spec.soakSeconds === undefined) return undefined
  const since = entered?.date ? Date.parse(entered.date) : NaN
  const future = !Number.isNaN(since) && since > now.getTime() + CLOCK_SKEW_SECONDS * 1000
  const elapsedSeconds = Number.isNaN(since) || future ? 0 : Math.max(0, (now.getTime() - since) / 1000)
  return {
    stage: from,
    target,
    soak: spec.soak,
    requiredSeconds: spec.soakSeconds,
    elapsedSeconds,
    remainingSeconds: Math.max(0, spec.soakSeconds - elapsedSeconds),
    entered,
    ...(future && entered?.date ? { futureDate: entered.date } : {})
  }
}

/** "1.2.0 entered canary 3h 10m ago (commit abc1234): 20h 50m of the 24h soak remain" */
export function soakShortfall(version: string, verdict: SoakVerdict): string {
  const { entered } = verdict
  if (verdict.futureDate && entered?.commit)
    return (
      `${version} entered ${verdict.stage} in commit ${entered.commit.slice(0, 7)}, dated ${verdict.futureDate}: ` +
      `later than now, so the ${verdict.soak} soak cannot be counted from it (a commit's date is whatever its ` +
      'committer set)'
    )
  const when = entered?.commit
    ? `entered ${verdict.stage} ${formatDuration(verdict.elapsedSeconds)} ago (commit ${entered.commit.slice(0, 7)})`
    : entered
      ? `entered ${verdict.stage} in a change not committed yet`
      : `has no recorded time in ${verdict.stage}`
  return `${version} ${when}: ${formatDuration(verdict.remainingSeconds)} of the ${verdict.soak} soak before ${verdict.target} remain`
}
