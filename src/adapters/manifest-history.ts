import type { Revision } from '../stages/history.js'
import { readStages } from '../manifest/read-stages.js'
import type { Git } from './git.js'

/**
 * The manifest's states along the first-parent history of `revision`, oldest first, read with two git
 * processes whatever the number of commits: one `git log`, one `git cat-file --batch`.
 */
export async function readManifestRevisions(
  git: Git,
  repoPath: string,
  revision = 'HEAD'
): Promise<Revision[]> {
  const commits = (await git.fileLog(repoPath, revision)).reverse()
  const contents = await git.readObjects(commits.map(commit => `${commit.commit}:${repoPath}`))
  const revisions: Revision[] = []
  commits.forEach((commit, index) => {
    const content = contents[index]
    const stages = content === undefined ? new Map() : readStages(content)
    if (stages) revisions.push({ ...commit, stages })
  })
  return revisions
}
