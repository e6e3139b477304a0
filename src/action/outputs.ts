import * as runner from './runner.js'
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
  runner.setOutput('changed', String(written))
  runner.setOutput('model', plan.model)
  runner.setOutput('version', plan.version)
  runner.setOutput('stage', entry?.stage ?? '')
  runner.setOutput(
    'previous-stage',
    requested?.from ?? outcome.manifest.data.models[plan.model]?.versions.get(plan.version)?.stage ?? ''
  )
  runner.setOutput('archived', JSON.stringify(outcome.verdict === 'failed' ? [] : archivedBy(plan)))
  runner.setOutput('production-version', production ?? '')
  runner.setOutput(
    'production-uri',
    (production && data.models[plan.model]?.versions.get(production)?.uri) || ''
  )
  runner.setOutput('validation', outcome.verdict)
  runner.setOutput('pull-request-number', published.pullRequest ? String(published.pullRequest.number) : '')
  runner.setOutput('pull-request-url', published.pullRequest?.url ?? '')
  runner.setOutput('commit-sha', published.commitSha ?? '')
  runner.setOutput('gates', JSON.stringify(outcome.admission?.gates ?? []))
  // Set only when there is something to say: an output never set reads as empty in a workflow.
  if (published.deployments?.length) runner.setOutput('deployments', JSON.stringify(published.deployments))
  if (outcome.admission?.override) runner.setOutput('override', outcome.admission.override.reason)
}
