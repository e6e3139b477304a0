import type { Problem } from '../manifest/problems.js'
import { StageTracker, type RevisionReading } from '../manifest/stage-tracker.js'
import { pullRequestNumber, type HistoryEntry } from '../stages/history.js'
import type { Git } from './git.js'

export interface ManifestHistory {
  entries: HistoryEntry[]
  /** How many commits changed the file. */
  revisions: number
  /** Each of those commits' committer date: when the moves it carries took effect (soak is counted from it). */
  committedAt: ReadonlyMap<string, string>
  /** Revisions that break the manifest's profile: not read, each told once with its commit. */
  brokenRevisions: BrokenRevision[]
}

export interface BrokenRevision {
  /** null: the work tree's manifest, not committed yet. */
  commit: string | null
  problems: Problem[]
}

/**
 * Each commit's committer date, as soak counts it: along the first-parent line a commit dated earlier than the one
 * before it (a rewritten or backdated commit) counts from that one's date, so that a date cannot move a version's
 * entry back in time.
 */
function firstParentDates(
  oldestFirst: ReadonlyArray<{ commit: string; committedAt: string }>
): Map<string, string> {
  const dates = new Map<string, string>()
  let latest = Number.NEGATIVE_INFINITY
  let latestText = ''
  for (const { commit, committedAt } of oldestFirst) {
    const at = Date.parse(committedAt)
    if (!Number.isNaN(at) && at >= latest) [latest, latestText] = [at, committedAt]
    dates.set(commit, latestText || committedAt)
  }
  return dates
}

/**
 * Every transition along the first-parent history of `revision`, oldest first, read with a few git processes
 * whatever the number of commits: one `git log` names each commit's manifest object, which is read from the
 * repository's packs in process, or through one streamed `git cat-file --batch` when not packed. Each revision is
 * folded into the history as it arrives and dropped: memory holds two revisions and a bounded cache of delta bases,
 * not all of them. `uncommitted`, the work tree's manifest, comes last when given.
 */
export async function readManifestHistory(
  git: Git,
  repoPath: string,
  revision = 'HEAD',
  uncommitted?: string
): Promise<ManifestHistory> {
  const commits = (await git.fileLog(repoPath, revision)).reverse()
  const tracker = new StageTracker()
  const entries: HistoryEntry[] = []
  const committedAt = firstParentDates(commits)
  const brokenRevisions: BrokenRevision[] = []
  const changesOf = (reading: RevisionReading, commit: string | null) => {
    if ('changes' in reading) return reading.changes
    brokenRevisions.push({ commit, problems: reading.problems })
    return []
  }
  let index = 0
  await git.readObjects(
    commits.map(commit => commit.object),
    content => {
      const commit = commits[index++]
      const name = `${repoPath}@${commit?.commit.slice(0, 7) ?? 'unknown'}`
      for (const change of changesOf(tracker.next(content, name), commit?.commit ?? null))
        entries.push({
          ...change,
          commit: commit?.commit ?? null,
          author: commit?.author ?? null,
          date: commit?.date ?? null,
          pullRequest: pullRequestNumber(commit?.subject)
        })
    }
  )
  if (uncommitted !== undefined && commits.length > 0)
    for (const change of changesOf(tracker.next(Buffer.from(uncommitted, 'utf8'), repoPath), null))
      entries.push({ ...change, commit: null, author: null, date: null, pullRequest: null })
  return { entries, revisions: commits.length, committedAt, brokenRevisions }
}
