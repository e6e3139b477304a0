import * as core from '@actions/core'
import { planEvaluation } from '../commands/fan-out/plan.js'
import type { EvaluateRequest } from '../commands/request.js'
import { readWorkspaceManifest, type Workspace } from '../commands/workspace.js'
import { markdownTable } from '../reporting/markdown.js'
import type { ActionInputs } from './inputs.js'
import { logFenced } from './fence.js'
import { setOutput } from './outputs.js'
import { writeSummary } from './summary.js'

/** evaluate with plan: the validation matrix for the jobs that validate, and the commit they check out. */
export async function runPlan(inputs: ActionInputs<EvaluateRequest>, workspace: Workspace): Promise<void> {
  const plan = await planEvaluation(workspace, await readWorkspaceManifest(workspace), inputs.request.model)
  if (!plan.revision)
    core.warning(
      `${workspace.manifestName} has uncommitted changes: the matrix jobs cannot check out what was planned`
    )
  setOutput('matrix', JSON.stringify(plan.matrix))
  setOutput('revision', plan.revision ?? '')
  setOutput('changed', 'false')
  for (const held of plan.held)
    await logFenced(`${held.model} ${held.version} is not planned: ${held.reason}`)
  const entries = plan.matrix.include
  await logFenced(`${entries.length} validation job(s) planned on ${plan.revision ?? 'the work tree'}`)
  const rows = entries.map(entry => [
    entry.model,
    `\`${entry.version}\``,
    entry.to,
    entry.shards > 1 ? `${entry.shard}/${entry.shards}` : '—'
  ])
  const held = plan.held.map(entry => `- ${entry.model} \`${entry.version}\` is not planned: ${entry.reason}`)
  await writeSummary(
    [
      '## model-stages: evaluation plan',
      rows.length > 0
        ? markdownTable(['Model', 'Candidate', 'To', 'Shard'], rows)
        : 'No candidate to validate.',
      held.join('\n')
    ]
      .filter(Boolean)
      .join('\n\n')
  )
}
