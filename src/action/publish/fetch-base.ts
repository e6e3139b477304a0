import type { Git } from '../../adapters/git.js'
import type { Workspace } from '../../commands/workspace.js'
import { ManifestError } from '../../manifest/problems.js'

export interface BaseTip {
  commit: string
  text: string
}

/** The base branch as origin has it now, and the manifest in it; `fullHistory` deepens a shallow clone. */
export async function fetchBase(
  git: Git,
  workspace: Workspace,
  base: string,
  configs: readonly string[],
  fullHistory: boolean
): Promise<BaseTip> {
  const tracking = await git.fetchBranch('origin', base, { configs, wholeHistory: fullHistory })
  const commit = await git.resolve(tracking)
  if (!commit) throw new Error(`cannot find branch ${base} on origin`)
  const text = await git.show(commit, workspace.manifestName)
  if (text === undefined) {
    throw new ManifestError([
      {
        file: workspace.manifestName,
        line: 1,
        column: 1,
        message: `the manifest does not exist on branch ${base} (commit ${commit.slice(0, 7)})`
      }
    ])
  }
  return { commit, text }
}
