import * as core from '@actions/core'
import { logFenced } from './fence.js'
import { writeSummary } from './summary.js'
import { isEnter, moveArgs } from '../commands/moves.js'
import type { MoveRequest } from '../commands/request.js'
import type { Workspace } from '../commands/workspace.js'
import { outcomeSentence } from '../reporting/describe.js'
import { validationResult } from '../stages/admission.js'
import { unifiedDiff } from '../reporting/diff.js'
import { moveSummary } from '../reporting/summary.js'
import type { ActionInputs } from './inputs.js'
import { setMoveOutputs } from './outputs.js'
import { publishMove } from './publish/publish-move.js'
import { publishSettings } from './publish/settings.js'
import { commitUrl, type RunContext } from './run-context.js'
import { movedTimelines } from './timeline.js'
import { validationLog } from './validation-log.js'
import type { Connection } from './connection.js'

/** register, promote, archive, restore and rollback: plan, validate, write as the mode says, report. */
export async function runMove(
  inputs: ActionInputs<MoveRequest>,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
) {
  const settings = await publishSettings(inputs, context, workspace, connection)
  const published = await publishMove(
    workspace,
    inputs.request.command,
    { ...moveArgs(inputs.request), toName: 'input to' },
    // Only a version entering a stage is validated: register, archive and restore open no validation group.
    isEnter(inputs.request) ? validationLog('Validation output', inputs.request) : work => work({}),
    settings
  )
  const { outcome } = published
  setMoveOutputs(published, inputs.mode)
  // A diff is built only when it is shown: in a dry run.
  const diff =
    inputs.mode === 'dry-run'
      ? unifiedDiff(workspace.manifestName, outcome.manifest.text, outcome.newText)
      : ''
  const links = { commitUrl: published.commitSha ? commitUrl(context, published.commitSha) : undefined }
  const failure = published.deploymentFailure
  const failureSummary = failure
    ? `\n\n**Deployment not recorded**: ${failure.message}\n\n${failure.leftBehind}`
    : ''
  const timeline = await movedTimelines(workspace, [published], context)
  await writeSummary(
    moveSummary(published, inputs.mode, diff, links) + (timeline ? `\n\n${timeline}` : '') + failureSummary
  )
  if (outcome.plan.note) await logFenced(`Nothing to do: ${outcome.plan.note}`)
  if (inputs.mode === 'dry-run' && diff)
    await logFenced(`Planned change (dry run, nothing written):\n${diff}`)
  if (published.pullRequest) {
    const how = published.pullRequestCreated ? 'opened' : 'updated'
    core.info(`Pull request #${published.pullRequest.number} ${how}: ${published.pullRequest.url}`)
  }
  if (published.commitSha) core.info(`Commit: ${published.commitSha}`)
  if (failure) core.setFailed(`${failure.message}\n${failure.leftBehind}`)
  if (outcome.verdict === 'failed') {
    core.setFailed(
      `${outcomeSentence(outcome.admission)}\n${validationResult(outcome.admission)?.tail ?? ''}`
    )
  }
}
