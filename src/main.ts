import * as core from '@actions/core'
import { annotate } from './action/annotations.js'
import { withValidationLog } from './action/validation-log.js'
import { readInputs, type ActionInputs } from './action/inputs.js'
import { setMoveOutputs } from './action/outputs.js'
import { publishMove } from './action/publish-move.js'
import { publishSettings } from './action/publish-settings.js'
import { commitUrl, readRunContext, type RunContext } from './action/run-context.js'
import { tokenConfigs } from './action/git-auth.js'
import { readHistory } from './commands/history.js'
import { isMoveCommand, type MoveCommand } from './commands/moves.js'
import { describeModel, requireProduction } from './commands/show.js'
import { openWorkspace, readWorkspaceManifest, type Workspace } from './commands/workspace.js'
import { loadManifestText } from './manifest/load.js'
import { ManifestError } from './manifest/problems.js'
import { unifiedDiff } from './reporting/diff.js'
import { validationSentence } from './reporting/describe.js'
import { errorSummary, historySummary, moveSummary, problemsSummary } from './reporting/summary.js'
import { runCheck } from './action/run-check.js'
import { runEvaluate } from './action/run-evaluate.js'

async function runMove(
  command: MoveCommand,
  inputs: ActionInputs,
  context: RunContext,
  workspace: Workspace
) {
  const settings = await publishSettings(inputs, context, workspace)
  const published = await withValidationLog('Validation output', inputs, validation =>
    publishMove(
      workspace,
      command,
      { model: inputs.model ?? '', version: inputs.version, to: inputs.to, uri: inputs.uri },
      validation,
      settings
    )
  )
  const { outcome } = published
  setMoveOutputs(published, inputs.mode)
  const diff = unifiedDiff(workspace.manifestName, outcome.manifest.text, outcome.newText)
  const links = { commitUrl: published.commitSha ? commitUrl(context, published.commitSha) : undefined }
  await core.summary.addRaw(moveSummary(published, inputs.mode, diff, links), true).write()
  if (outcome.plan.note) core.notice(`Nothing to do: ${outcome.plan.note}`)
  if (inputs.mode === 'dry-run' && diff) core.info(`Planned change (dry run, nothing written):\n${diff}`)
  if (published.pullRequest) core.info(`Pull request: ${published.pullRequest.url}`)
  if (published.commitSha) core.info(`Commit: ${published.commitSha}`)
  if (outcome.verdict === 'failed') {
    core.setFailed(`${validationSentence(outcome.validation)}\n${outcome.validation?.tail ?? ''}`)
  }
}

async function runShow(inputs: ActionInputs, workspace: Workspace) {
  const manifest = loadManifestText(await readWorkspaceManifest(workspace), workspace.manifestName)
  const report = describeModel(manifest.data, inputs.model ?? '', inputs.version)
  core.setOutput('model', report.model)
  if (report.version) {
    core.setOutput('version', report.version.version)
    core.setOutput('stage', report.version.stage)
  }
  const production = report.version ? report.production : requireProduction(report)
  core.setOutput('production-version', production?.version ?? '')
  core.setOutput('production-uri', production?.uri ?? '')
  core.setOutput('changed', 'false')
  const line = production
    ? `${report.model} in production: ${production.version}${production.uri ? ` (${production.uri})` : ''}`
    : `${report.model}: nothing in production`
  core.info(line)
  await core.summary.addRaw(`## model-stages: ${line}`, true).write()
}

async function runHistory(inputs: ActionInputs, context: RunContext, workspace: Workspace) {
  if (workspace.git && (await workspace.git.isShallow())) {
    await workspace.git.fetch('origin', [], {
      deepen: true,
      configs: await tokenConfigs(workspace.git, context.serverUrl, inputs.token)
    })
  }
  const entries = await readHistory(workspace, inputs.model)
  core.setOutput('history', JSON.stringify(entries))
  core.setOutput('changed', 'false')
  await core.summary
    .addRaw(
      historySummary(entries, sha => commitUrl(context, sha)),
      true
    )
    .write()
}

async function report(error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof ManifestError) {
    error.problems.forEach(annotate)
    await core.summary
      .addRaw(problemsSummary(error.problems), true)
      .write()
      .catch(() => undefined)
    core.setFailed(`${error.problems.length} problem(s) in the manifest; nothing was changed`)
    return
  }
  await core.summary
    .addRaw(errorSummary(message), true)
    .write()
    .catch(() => undefined)
  core.setFailed(message)
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const context = readRunContext()
    const workspace = await openWorkspace(process.cwd(), inputs.manifest)
    if (isMoveCommand(inputs.command)) return await runMove(inputs.command, inputs, context, workspace)
    switch (inputs.command) {
      case 'show':
        return await runShow(inputs, workspace)
      case 'history':
        return await runHistory(inputs, context, workspace)
      case 'check':
        return await runCheck(inputs, context, workspace)
      case 'evaluate':
        return await runEvaluate(inputs, context, workspace)
    }
  } catch (error) {
    await report(error)
  }
}
