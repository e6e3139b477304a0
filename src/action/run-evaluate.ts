import * as core from '@actions/core'
import { writeSummary } from './summary.js'
import type { Workspace } from '../commands/workspace.js'
import { readWorkspaceManifest } from '../commands/workspace.js'
import { loadManifestText } from '../manifest/load.js'
import { firstStage, pipelineOf } from '../stages/pipeline.js'
import { evaluationCandidates } from '../stages/queries.js'
import { markdownTable } from '../reporting/markdown.js'
import { outcomeSentence } from '../reporting/describe.js'
import type { GateResult } from '../stages/gates.js'
import { RefusedError } from '../stages/errors.js'
import type { ActionInputs } from './inputs.js'
import { publishMove } from './publish/publish-move.js'
import { validationLog } from './validation-log.js'
import type { Connection } from './connection.js'
import { commitUrl, type RunContext } from './run-context.js'
import { publishSettings } from './publish/settings.js'

export interface Evaluated {
  model: string
  version: string
  validation: string
  exitCode?: number | null
  /** The gate rules it failed, when that is why it stays in staging. */
  failedGates?: GateResult[]
  /** Why the pipeline held it back before validation (a soak). */
  reason?: string
  pullRequestUrl?: string
  commitSha?: string
}

/** Validates each model's newest candidate and promotes those that pass, one pull request or commit per model. */
export async function runEvaluate(
  inputs: ActionInputs,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
): Promise<void> {
  const manifest = loadManifestText(await readWorkspaceManifest(workspace), workspace.manifestName)
  const settings = await publishSettings(inputs, context, workspace, connection)
  const promoted: Evaluated[] = []
  const rejected: Evaluated[] = []
  const list = evaluationCandidates(manifest.data, inputs.model)
  const first = firstStage(pipelineOf(manifest.data)).name
  if (list.length === 0) core.info(`No model has a version in ${first}: nothing to evaluate.`)
  for (const candidate of list) {
    const published = await publishMove(
      workspace,
      'promote',
      { model: candidate.model, version: candidate.version, to: candidate.to },
      validationLog(`Validate ${candidate.model} ${candidate.version}`, inputs),
      settings
    ).catch((error: unknown) => {
      // A candidate the pipeline holds back (its soak) waits; the others are still evaluated.
      if (!(error instanceof RefusedError)) throw error
      rejected.push({
        model: candidate.model,
        version: candidate.version,
        validation: 'skipped',
        reason: error.message
      })
      core.warning(`${candidate.model} ${candidate.version} stays in ${first}: ${error.message}`)
      return undefined
    })
    if (!published) continue
    const { outcome } = published
    const entry: Evaluated = {
      model: candidate.model,
      version: outcome.plan.version,
      validation: outcome.verdict
    }
    if (outcome.verdict === 'failed') {
      const failedGates = outcome.gates.filter(rule => !rule.passed)
      rejected.push({
        ...entry,
        exitCode: outcome.validation?.exitCode ?? null,
        ...(failedGates.length > 0 ? { failedGates } : {})
      })
      core.warning(
        `${candidate.model} ${outcome.plan.version} stays in ${first}. ${outcomeSentence(outcome.validation, outcome.failure)}\n${outcome.validation?.tail ?? ''}`
      )
      continue
    }
    if (outcome.plan.transitions.length === 0) continue
    if (published.pullRequest) entry.pullRequestUrl = published.pullRequest.url
    if (published.commitSha) entry.commitSha = published.commitSha
    promoted.push(entry)
  }
  core.setOutput('promoted', JSON.stringify(promoted))
  core.setOutput('rejected', JSON.stringify(rejected))
  core.setOutput('changed', String(promoted.length > 0))
  const rows = [
    ...promoted.map(e => [e.model, `\`${e.version}\``, '✅ passed', resultCell(e, inputs.mode, context)]),
    ...rejected.map(e => [
      e.model,
      `\`${e.version}\``,
      e.reason
        ? `⏳ ${e.reason}`
        : e.failedGates
          ? `❌ gates: ${e.failedGates.map(rule => `${rule.metric} ${rule.rule}`).join(', ')}`
          : `❌ ${e.validation}${e.exitCode != null ? ` (exit ${e.exitCode})` : ''}`,
      `stays in ${first}`
    ])
  ]
  const table =
    rows.length > 0
      ? markdownTable(['Model', 'Candidate', 'Validation', 'Result'], rows)
      : `No candidates in ${first}.`
  await writeSummary(`## model-stages: evaluate\n\n${table}`)
}

function resultCell(entry: Evaluated, mode: string, context: RunContext): string {
  if (entry.pullRequestUrl) return `[pull request](${entry.pullRequestUrl})`
  if (entry.commitSha)
    return `[commit ${entry.commitSha.slice(0, 7)}](${commitUrl(context, entry.commitSha)})`
  return mode === 'dry-run' ? 'would be promoted (dry run)' : 'promoted'
}
