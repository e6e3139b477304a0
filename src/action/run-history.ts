import * as runner from './runner.js'
import { writeSummary } from './summary.js'
import { readHistory } from '../commands/history.js'
import { formatProblem } from '../manifest/problems.js'
import type { Workspace } from '../commands/workspace.js'
import { historySummary } from '../reporting/summary.js'
import { tokenConfigs } from './git-auth.js'
import type { ActionInputs } from './inputs.js'
import { commitUrl, type RunContext } from './run-context.js'

/** Every transition rebuilt from the manifest's git history (all of it: a shallow checkout is deepened). */
export async function runHistory(inputs: ActionInputs, context: RunContext, workspace: Workspace) {
  if (workspace.git && (await workspace.git.isShallow())) {
    await workspace.git.fetch('origin', [], {
      deepen: true,
      configs: await tokenConfigs(workspace.git, context.serverUrl, inputs.token)
    })
  }
  const { entries, brokenRevisions } = await readHistory(workspace, inputs.model)
  for (const broken of brokenRevisions)
    for (const problem of broken.problems)
      runner.warning(
        `${workspace.manifestName} at ${broken.commit?.slice(0, 7) ?? 'the work tree'} breaks the manifest's rules, and its moves are not counted: ${formatProblem(problem)}`
      )
  runner.info(
    `${entries.length} transition(s) of ${inputs.model ?? 'every model'} in the history of ${workspace.manifestName}`
  )
  runner.setOutput('history', JSON.stringify(entries))
  runner.setOutput('changed', 'false')
  await writeSummary(historySummary(entries, sha => commitUrl(context, sha)))
}
