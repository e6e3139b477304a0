import * as core from '@actions/core'
import { setOutput } from './outputs.js'
import { writeSummary } from './summary.js'
import { evaluate, type EvaluatedCandidate } from '../commands/evaluate.js'
import type { Workspace } from '../commands/workspace.js'
import { readWorkspaceManifest } from '../commands/workspace.js'
import { readManifest } from '../manifest/read.js'
import { markdownTable } from '../reporting/markdown.js'
import { outcomeSentence } from '../reporting/describe.js'
import { validationResult } from '../stages/admission.js'
import type { EvaluateRequest } from '../commands/request.js'
import type { ActionInputs } from './inputs.js'
import { publishMove, type PublishedMove } from './publish/publish-move.js'
import { movedTimelines } from './timeline.js'
import { validationLog } from './validation-log.js'
import type { Connection } from './connection.js'
import { commitUrl, type RunContext } from './run-context.js'
import { publishSettings } from './publish/settings.js'

type Evaluated = EvaluatedCandidate<Pick<PublishedMove, 'pullRequest' | 'commitSha'> | undefined>

/** A candidate as the `promoted` and `rejected` outputs list it. */
export function listed(entry: Evaluated) {
  return {
    model: entry.model,
    version: entry.version,
    validation: entry.outcome?.verdict ?? 'skipped',
    ...(entry.status === 'rejected' ? { exitCode: entry.exitCode ?? null } : {}),
    ...(entry.failedGates ? { failedGates: entry.failedGates } : {}),
    ...(entry.reason ? { reason: entry.reason } : {}),
    ...(entry.applied?.pullRequest ? { pullRequestUrl: entry.applied.pullRequest.url } : {}),
    ...(entry.applied?.commitSha ? { commitSha: entry.applied.commitSha } : {})
  }
}

/** Validates each model's newest candidate and promotes those that pass, one pull request or commit per model. */
export async function runEvaluate(
  inputs: ActionInputs<EvaluateRequest>,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
): Promise<void> {
  const data = await readManifest(await readWorkspaceManifest(workspace), workspace.manifestName)
  const settings = await publishSettings(inputs, context, workspace, connection)
  const result = await evaluate(data, inputs.request.model, async candidate => {
    const published = await publishMove(
      workspace,
      'promote',
      { model: candidate.model, version: candidate.version, to: candidate.to },
      validationLog(`Validate ${candidate.model} ${candidate.version}`, inputs.request),
      settings
    )
    return { outcome: published.outcome, applied: published }
  })
  if (result.evaluated.length === 0)
    core.info(`No model has a version in ${result.from}: nothing to evaluate.`)
  await reportEvaluation(
    result.evaluated,
    inputs.mode,
    context,
    `No candidates in ${result.from}.`,
    '',
    workspace
  )
}

/** Warnings for the candidates left where they are, the promoted/rejected/changed outputs, and the summary table. */
export async function reportEvaluation(
  evaluated: readonly Evaluated[],
  mode: string,
  context: RunContext,
  empty: string,
  extra = '',
  workspace?: Workspace
): Promise<void> {
  for (const entry of evaluated) {
    if (entry.status === 'held')
      core.warning(`${entry.model} ${entry.version} stays in ${entry.from}: ${entry.reason}`)
    if (entry.status === 'rejected')
      core.warning(
        `${entry.model} ${entry.version} stays in ${entry.from}. ${outcomeSentence(entry.outcome?.admission)}\n${validationResult(entry.outcome?.admission)?.tail ?? ''}`
      )
  }
  const promoted = evaluated.filter(entry => entry.status === 'promoted')
  const rejected = evaluated.filter(entry => entry.status === 'rejected' || entry.status === 'held')
  setOutput('promoted', JSON.stringify(promoted.map(listed)))
  setOutput('rejected', JSON.stringify(rejected.map(listed)))
  setOutput('changed', String(promoted.length > 0))
  const rows = [
    ...promoted.map(e => [e.model, `\`${e.version}\``, '✅ passed', resultCell(e, mode, context)]),
    ...rejected.map(e => [
      e.model,
      `\`${e.version}\``,
      e.reason
        ? `⏳ ${e.reason}`
        : e.failedGates
          ? `❌ gates: ${e.failedGates.map(rule => `${rule.metric} ${rule.rule}`).join(', ')}`
          : `❌ ${e.outcome?.verdict ?? 'failed'}${e.exitCode != null ? ` (exit ${e.exitCode})` : ''}`,
      `stays in ${e.from}`
    ])
  ]
  const table = rows.length > 0 ? markdownTable(['Model', 'Candidate', 'Validation', 'Result'], rows) : empty
  const moved = promoted.flatMap(entry =>
    entry.outcome ? [{ outcome: entry.outcome, commitSha: entry.applied?.commitSha }] : []
  )
  const timelines = workspace ? await movedTimelines(workspace, moved, context) : ''
  await writeSummary(`## model-stages: evaluate\n\n${table}${extra}${timelines ? `\n\n${timelines}` : ''}`)
}

function resultCell(entry: Evaluated, mode: string, context: RunContext): string {
  if (entry.applied?.pullRequest) return `[pull request](${entry.applied.pullRequest.url})`
  if (entry.applied?.commitSha)
    return `[commit ${entry.applied.commitSha.slice(0, 7)}](${commitUrl(context, entry.applied.commitSha)})`
  return mode === 'dry-run' ? 'would be promoted (dry run)' : 'promoted'
}
