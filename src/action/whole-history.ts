import * as core from '@actions/core'
import type { BrokenRevision } from '../adapters/manifest-history.js'
import type { Workspace } from '../commands/workspace.js'
import { formatProblem } from '../manifest/problems.js'
import { brokenRevisionText } from '../reporting/broken-revision.js'
import type { Connection } from './connection.js'

/** A command that reads the whole history first deepens a shallow checkout (actions/checkout fetches one commit). */
export async function deepenShallowCheckout(workspace: Workspace, connection: Connection): Promise<void> {
  const git = workspace.git
  if (git && (await git.isShallow()))
    await core.group('Fetch the whole history from origin', async () =>
      git.deepen('origin', await connection.gitConfigs())
    )
}

/** A warning annotation for each problem of each revision whose moves were not counted. */
export function warnBrokenRevisions(workspace: Workspace, brokenRevisions: readonly BrokenRevision[]): void {
  for (const broken of brokenRevisions)
    for (const problem of broken.problems)
      core.warning(`${brokenRevisionText(workspace.manifestName, broken)}: ${formatProblem(problem)}`)
}
