import * as core from '@actions/core'
import { redact } from '../adapters/secrets.js'
import type { PublishedMove } from './publish/publish-move.js'
import { archivedBy } from '../reporting/describe.js'
import { productionVersion } from '../stages/queries.js'

/** A step output, written through the run's one redaction step (an output can quote a manifest or a validation). */
export function setOutput(name: string, value: string): void {
  core.setOutput(name, redact(value))
}

export function setMoveOutputs(published: PublishedMove, mode: string): void {
  const { outcome } = published
  const { plan } = outcome
  const requested = plan.transitions.find(t => t.cause === 'requested')
  const data = outcome.verdict === 'failed' ? outcome.manifest.data : plan.result
  const entry = data.models[plan.model]?.versions.get(plan.version)
  const production = data.models[plan.model] ? productionVersion(data, plan.model) : undefined
  const written = outcome.changed && (mode === 'dry-run' || published.commitSha !== undefined)
  setOutput('changed', String(written))
  setOutput('model', plan.model)
  setOutput('version', plan.version)
  setOutput('stage', entry?.stage ?? '')
  setOutput(
    'previous-stage',
    requested?.from ?? outcome.manifest.data.models[plan.model]?.versions.get(plan.version)?.stage ?? ''
  )
  setOutput('archived', JSON.stringify(outcome.verdict === 'failed' ? [] : archivedBy(plan)))
  setOutput('production-version', production ?? '')
  setOutput('production-uri', (production && data.models[plan.model]?.versions.get(production)?.uri) || '')
  setOutput('validation', outcome.verdict)
  setOutput('pull-request-number', published.pullRequest ? String(published.pullRequest.number) : '')
  setOutput('pull-request-url', published.pullRequest?.url ?? '')
  setOutput('commit-sha', published.commitSha ?? '')
  setOutput('gates', JSON.stringify(outcome.admission?.gates ?? []))
  // Set only when there is something to say: an output never set reads as empty in a workflow.
  if (published.deployments?.length) core.setOutput('deployments', JSON.stringify(published.deployments))
  if (outcome.admission?.override) core.setOutput('override', outcome.admission.override.reason)
}
