import { StageTracker } from '../manifest/stage-tracker.js'
import { pullRequestNumber, type HistoryEntry } from '../stages/history.js'
import type { Git } from './git.js'

export interface ManifestHistory {
  entries: HistoryEntry[]
  /** How many commits changed the file. */
  revisions: number
  /** Each of those commits' committer date: when the moves it carries took effect (soak is counted from it). */
  committedAt: ReadonlyMap<string, string>
}

/**
 * Every transition along the first-parent history of `revision`, oldest first, read with two git processes
 * whatever the number of commits (one `git log`, one streamed `git cat-file --batch`). Each revision is folded
 * into the history as it arrives and dropped: memory holds two revisions, not all of them. `uncommitted`, the
 * work tree's manifest, comes last when given.
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
  const committedAt = new Map(commits.map(commit => [commit.commit, commit.committedAt]))
  let index = 0
  await git.streamObjects(
    commits.map(commit => `${commit.commit}:${repoPath}`),
    content => {
      const commit = commits[index++]
      for (const change of tracker.next(content) ?? [])
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
    for (const change of tracker.next(Buffer.from(uncommitted, 'utf8')) ?? [])
      entries.push({ ...change, commit: null, author: null, date: null, pullRequest: null })
  return { entries, revisions: commits.length, committedAt }
}
