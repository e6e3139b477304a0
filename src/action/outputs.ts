import * as core from '@actions/core'
import type { PublishedMove } from './publish/publish-move.js'
import { archivedBy } from '../reporting/describe.js'
import { productionVersion } from '../stages/queries.js'

export function setMoveOutputs(published: PublishedMove, mode: string): void {
  const { outcome } = published
  const { plan } = outcome
  const requested = plan.transitions.find(t => t.cause === 'requested')
  const data = outcome.verdict === 'failed' ? outcome.manifest.data : plan.result
  const entry = data.models[plan.model]?.versions.get(plan.version)
  const production = data.models[plan.model] ? productionVersion(data, plan.model) : undefined
  const written = outcome.changed && (mode === 'dry-run' || published.commitSha !== undefined)
  core.setOutput('changed', String(written))
  core.setOutput('model', plan.model)
  core.setOutput('version', plan.version)
  core.setOutput('stage', entry?.stage ?? '')
  core.setOutput(
    'previous-stage',
    requested?.from ?? outcome.manifest.data.models[plan.model]?.versions.get(plan.version)?.stage ?? ''
  )
  core.setOutput('archived', JSON.stringify(outcome.verdict === 'failed' ? [] : archivedBy(plan)))
  core.setOutput('production-version', production ?? '')
  core.setOutput(
    'production-uri',
    (production && data.models[plan.model]?.versions.get(production)?.uri) || ''
  )
  core.setOutput('validation', outcome.verdict)
  core.setOutput('pull-request-number', published.pullRequest ? String(published.pullRequest.number) : '')
  core.setOutput('pull-request-url', published.pullRequest?.url ?? '')
  core.setOutput('commit-sha', published.commitSha ?? '')
  core.setOutput('gates', JSON.stringify(outcome.admission?.gates ?? []))
  // Set only when there is something to say: an output never set reads as empty in a workflow.
  if (published.deployments?.length) core.setOutput('deployments', JSON.stringify(published.deployments))
  if (outcome.admission?.override) core.setOutput('override', outcome.admission.override.reason)
}
