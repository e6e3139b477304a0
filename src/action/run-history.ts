import * as core from '@actions/core'
import { setOutput } from './outputs.js'
import { writeSummary } from './summary.js'
import { readHistory } from '../commands/history.js'
import type { Workspace } from '../commands/workspace.js'
import { historySummary } from '../reporting/summary.js'
import type { Connection } from './connection.js'
import type { HistoryRequest } from '../commands/request.js'
import type { ActionInputs } from './inputs.js'
import { commitUrl, type RunContext } from './run-context.js'
import { deepenShallowCheckout, warnBrokenRevisions } from './whole-history.js'

/** Every transition rebuilt from the manifest's git history (all of it: a shallow checkout is deepened). */
export async function runHistory(
  inputs: ActionInputs<HistoryRequest>,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
) {
  await deepenShallowCheckout(workspace, connection)
  const { entries, brokenRevisions } = await readHistory(workspace, inputs.request.model)
  warnBrokenRevisions(workspace, brokenRevisions)
  core.info(
    `${entries.length} transition(s) of ${inputs.request.model ?? 'every model'} in the history of ${workspace.manifestName}`
  )
  setOutput('history', JSON.stringify(entries))
  setOutput('changed', 'false')
  await writeSummary(historySummary(entries, sha => commitUrl(context, sha)))
}
