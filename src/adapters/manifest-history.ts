import { StageTracker } from '../manifest/stage-tracker.js'
import { pullRequestNumber, type HistoryEntry } from '../stages/history.js'
import type { Git } from './git.js'

/**
 * Every transition along the first-parent history of `revision`, oldest first, read with two git processes
 * whatever the number of commits (one `git log`, one streamed `git cat-file --batch`). Each revision is folded
 * into the history as it arrives and dropped: memory holds two revisions, not all of them. `uncommitted`, the
 * work tree's manifest, comes last when given. `revisions` counts the commits that changed the file.
 */
export async function readManifestHistory(
  git: Git,
  repoPath: string,
  revision = 'HEAD',
  uncommitted?: string
): Promise<{ entries: HistoryEntry[]; revisions: number }> {
  const commits = (await git.fileLog(repoPath, revision)).reverse()
  const tracker = new StageTracker()
  const entries: HistoryEntry[] = []
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
  return { entries, revisions: commits.length }
}
