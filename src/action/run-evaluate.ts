import * as core from '@actions/core'
import { writeSummary } from './summary.js'
import type { Workspace } from '../commands/workspace.js'
import { readWorkspaceManifest } from '../commands/workspace.js'
import { loadManifestText } from '../manifest/load.js'
import { evaluationCandidates } from '../stages/queries.js'
import { markdownTable } from '../reporting/markdown.js'
import { outcomeSentence } from '../reporting/describe.js'
import type { GateResult } from '../stages/gates.js'
import type { ActionInputs } from './inputs.js'
import { publishMove } from './publish/publish-move.js'
import { withValidationLog } from './validation-log.js'
import { commitUrl, type RunContext } from './run-context.js'
import { publishSettings } from './publish/settings.js'

export interface Evaluated {
  model: string
  version: string
  validation: string
  exitCode?: number | null
  /** The gate rules it failed, when that is why it stays in staging. */
  failedGates?: GateResult[]
  pullRequestUrl?: string
  commitSha?: string
}

/** Validates each model's newest candidate and promotes those that pass, one pull request or commit per model. */
export async function runEvaluate(
  inputs: ActionInputs,
  context: RunContext,
  workspace: Workspace
): Promise<void> {
  const manifest = loadManifestText(await readWorkspaceManifest(workspace), workspace.manifestName)
  const settings = await publishSettings(inputs, context, workspace)
  const promoted: Evaluated[] = []
  const rejected: Evaluated[] = []
  const list = evaluationCandidates(manifest.data, inputs.model)
  if (list.length === 0) core.info('No model has a version in staging: nothing to evaluate.')
  for (const candidate of list) {
    const published = await withValidationLog(
      `Validate ${candidate.model} ${candidate.version}`,
      inputs,
      validation => publishMove(workspace, 'promote', candidate, validation, settings)
    )
    const { outcome } = published
    const entry: Evaluated = { ...candidate, version: outcome.plan.version, validation: outcome.verdict }
    if (outcome.verdict === 'failed') {
      const failedGates = outcome.gates.filter(rule => !rule.passed)
      rejected.push({
        ...entry,
        exitCode: outcome.validation?.exitCode ?? null,
        ...(failedGates.length > 0 ? { failedGates } : {})
      })
      core.warning(
        `${candidate.model} ${outcome.plan.version} stays in staging. ${outcomeSentence(outcome.validation, outcome.failure)}\n${outcome.validation?.tail ?? ''}`
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
      e.failedGates
        ? `❌ gates: ${e.failedGates.map(rule => `${rule.metric} ${rule.rule}`).join(', ')}`
        : `❌ ${e.validation}${e.exitCode != null ? ` (exit ${e.exitCode})` : ''}`,
      'stays in staging'
    ])
  ]
  const table =
    rows.length > 0
      ? markdownTable(['Model', 'Candidate', 'Validation', 'Result'], rows)
      : 'No candidates in staging.'
  await writeSummary(`## model-stages: evaluate\n\n${table}`)
}

function resultCell(entry: Evaluated, mode: string, context: RunContext): string {
  if (entry.pullRequestUrl) return `[pull request](${entry.pullRequestUrl})`
  if (entry.commitSha)
    return `[commit ${entry.commitSha.slice(0, 7)}](${commitUrl(context, entry.commitSha)})`
  return mode === 'dry-run' ? 'would be promoted (dry run)' : 'promoted'
}
