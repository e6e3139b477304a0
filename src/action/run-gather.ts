import * as core from '@actions/core'
import path from 'node:path'
import type { EvaluateRequest } from '../commands/request.js'
import type { Workspace } from '../commands/workspace.js'
import type { Connection } from './connection.js'
import type { ActionInputs } from './inputs.js'
import { setOutput } from './outputs.js'
import { publishGathered } from './publish/publish-gathered.js'
import { publishSettings } from './publish/settings.js'
import type { RunContext } from './run-context.js'
import { reportEvaluation } from './run-evaluate.js'

/**
 * evaluate with results: the validations the matrix jobs ran, gathered and judged as usual, every promotion written
 * as one pull request or commit. No validation runs here: this is the job that holds the write token.
 */
export async function runGather(
  inputs: ActionInputs<EvaluateRequest>,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
): Promise<void> {
  const settings = await publishSettings(inputs, context, workspace, connection)
  const dir = path.resolve(workspace.root, inputs.request.results ?? '')
  const published = await publishGathered(workspace, dir, settings)
  const applied = { pullRequest: published.pullRequest, commitSha: published.commitSha }
  const evaluated = published.result.evaluated.map(entry =>
    entry.status === 'promoted' ? { ...entry, applied } : entry
  )
  const refused = published.gathered.refused
  setOutput('refused-results', JSON.stringify(refused))
  setOutput('commit-sha', published.commitSha ?? '')
  setOutput('pull-request-number', published.pullRequest ? String(published.pullRequest.number) : '')
  setOutput('pull-request-url', published.pullRequest?.url ?? '')
  if (published.deployments?.length) setOutput('deployments', JSON.stringify(published.deployments))
  for (const entry of refused)
    core.warning(
      `Result not taken: ${entry.files.join(', ')}${entry.model ? ` (${entry.model} stays where it is)` : ''}: ${entry.reason}`
    )
  const refusedList =
    refused.length > 0
      ? `\n\nResults not taken:\n\n${refused.map(entry => `- ${entry.files.map(file => `\`${file}\``).join(', ')}: ${entry.reason}`).join('\n')}`
      : ''
  await reportEvaluation(
    evaluated,
    inputs.mode,
    context,
    `No result files below \`${inputs.request.results}\`.`,
    refusedList,
    workspace
  )
  if (published.deploymentFailure)
    core.setFailed(`${published.deploymentFailure.message}\n${published.deploymentFailure.leftBehind}`)
  else if (refused.length > 0)
    core.setFailed(
      `${refused.length} result file(s) could not be taken; the candidates they name stay where they are`
    )
}
