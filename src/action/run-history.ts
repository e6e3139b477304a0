import * as core from '@actions/core'
import { setOutput } from './outputs.js'
import { writeSummary } from './summary.js'
import { readHistory } from '../commands/history.js'
import { formatProblem } from '../manifest/problems.js'
import type { Workspace } from '../commands/workspace.js'
import { historySummary } from '../reporting/summary.js'
import type { Connection } from './connection.js'
import type { HistoryRequest } from '../commands/request.js'
import type { ActionInputs } from './inputs.js'
import { commitUrl, type RunContext } from './run-context.js'

/** Every transition rebuilt from the manifest's git history (all of it: a shallow checkout is deepened). */
export async function runHistory(
  inputs: ActionInputs<HistoryRequest>,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
) {
  const git = workspace.git
  if (git && (await git.isShallow()))
    await core.group('Fetch the whole history from origin', async () =>
      git.deepen('origin', await connection.gitConfigs())
    )
  const { entries, brokenRevisions } = await readHistory(workspace, inputs.request.model)
  for (const broken of brokenRevisions)
    for (const problem of broken.problems)
      core.warning(
        `${workspace.manifestName} at ${broken.commit?.slice(0, 7) ?? 'the work tree'} breaks the manifest's rules, and its moves are not counted: ${formatProblem(problem)}`
      )
  core.info(
    `${entries.length} transition(s) of ${inputs.request.model ?? 'every model'} in the history of ${workspace.manifestName}`
  )
  setOutput('history', JSON.stringify(entries))
  setOutput('changed', 'false')
  await writeSummary(historySummary(entries, sha => commitUrl(context, sha)))
}
