import * as core from '@actions/core'
import type { GitHubApi } from '../adapters/github.js'
import { failedCheck, monitorServed, type MonitoredVersion } from '../commands/monitor.js'
import type { MonitorRequest } from '../commands/request.js'
import { readWorkspaceManifest, type Workspace } from '../commands/workspace.js'
import { readManifest } from '../manifest/read.js'
import type { Manifest } from '../manifest/schema.js'
import { InputError, RefusedError } from '../stages/errors.js'
import { freezeSentence, openFreezes } from '../stages/freezes.js'
import { incidentBody, incidentMarker, incidentState, incidentTitle } from '../reporting/incident.js'
import { monitorMarkdown, monitorText } from '../reporting/monitor.js'
import type { Connection } from './connection.js'
import { fenced, logFenced } from './fence.js'
import type { ActionInputs } from './inputs.js'
import { setOutput } from './outputs.js'
import { publishMove, type PublishSettings } from './publish/publish-move.js'
import { publishSettings } from './publish/settings.js'
import type { RunContext } from './run-context.js'
import { writeSummary } from './summary.js'
import { movedTimelines, type MovedModel } from './timeline.js'
import { validationLog } from './validation-log.js'

interface ModelOutcome {
  model: string
  failing: MonitoredVersion[]
  incident?: { number: number; url: string; closed?: boolean }
  /** What was done about it: a rollback's pull request or commit, or why nothing was. */
  action?: string
}

/** What a block or an override records of a failed check: "monitor: <check>", one line, bounded. */
function monitorReason(entry: MonitoredVersion): string {
  // A reason is one line: control characters become spaces.
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const controls = /[\x00-\x1f\x7f]+/g
  const check = failedCheck(entry).replace(controls, ' ').trim()
  return `monitor: ${check.length > 200 ? `${check.slice(0, 199)}…` : check}`
}

/**
 * on_failure rollback (or block): each failing stage rolled back to the newest earlier version that served it and is
 * not blocked, validated as every rollback is; with block, the failing version is blocked in the same change. A
 * frozen stage is left as it is unless every window open on it allows the monitor, which then acts with the override
 * recorded.
 */
async function act(
  failing: readonly MonitoredVersion[],
  data: Manifest,
  workspace: Workspace,
  settings: PublishSettings,
  inputs: ActionInputs<MonitorRequest>,
  moved: MovedModel[]
): Promise<string> {
  const done: string[] = []
  for (const entry of failing) {
    const reason = monitorReason(entry)
    const freezes = openFreezes(data, entry.model, entry.stage, new Date())
    const [latest] = freezes
    if (latest && !freezes.every(freeze => freeze.allowMonitor)) {
      done.push(
        `Not rolled back: ${freezeSentence(entry.stage, latest)}. The monitor acts during a freeze only when the ` +
          'window says allow_monitor: true; roll back by hand with force and a reason if it must.'
      )
      continue
    }
    const blocking = entry.onFailure === 'block'
    try {
      const published = await publishMove(
        workspace,
        blocking ? 'block' : 'rollback',
        blocking
          ? { model: entry.model, version: entry.version, reason, rollback: true }
          : { model: entry.model, to: entry.stage, toName: 'the failing stage' },
        validationLog(`Validate the version ${entry.stage} rolls back to`, inputs.request),
        { ...settings, ...(latest ? { force: reason } : {}) }
      )
      const { plan } = published.outcome
      moved.push(published)
      const back =
        plan.transitions.find(transition => transition.cause === 'requested')?.version ?? plan.version
      const where = published.pullRequest
        ? `pull request #${published.pullRequest.number} (${published.pullRequest.url})`
        : published.commitSha
          ? `commit ${published.commitSha}`
          : 'nothing written (dry run)'
      const what = blocking
        ? `Blocked ${entry.version} and rolled ${entry.stage} back to ${back}`
        : `Rolled ${entry.stage} back to ${back}`
      done.push(
        published.outcome.verdict === 'failed'
          ? `The rollback of ${entry.stage} to ${back} did not pass its validation: nothing was written.`
          : `${what} (${reason}): ${where}.`
      )
    } catch (error) {
      // Nothing to roll back to, or a refusal: the incident says so, and the other stages are still acted on.
      if (!(error instanceof RefusedError) && !(error instanceof InputError)) throw error
      done.push(`Not rolled back: ${error.message}`)
    }
  }
  return done.join('\n')
}

/**
 * monitor: what is served, checked; a failure opens or updates the model's incident issue (one per model, found by
 * its marker and its author) and, after `failures_before_action` failing runs in a row, rolls the stage back as
 * `on_failure` says. A passing run closes the incident. A re-run of the same workflow run counts once.
 */
export async function runMonitor(
  inputs: ActionInputs<MonitorRequest>,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
): Promise<void> {
  const data = await readManifest(await readWorkspaceManifest(workspace), workspace.manifestName)
  // The checks' output is fenced, as a validation's is: the runner obeys no command in it.
  const monitored = await core.group('Check what is served', () =>
    fenced(write =>
      monitorServed(workspace, data, inputs.request.model, {
        validate: inputs.request.validate,
        timeoutSeconds: inputs.request.validationTimeout,
        onOutput: write
      })
    )
  )
  await logFenced(monitorText(monitored).trimEnd())
  const models = [...new Set(monitored.map(entry => entry.model))]
  const outcomes: ModelOutcome[] = []
  const moved: MovedModel[] = []
  const api: GitHubApi | undefined = inputs.mode === 'dry-run' ? undefined : await connection.api()
  const settings = api ? await publishSettings(inputs, context, workspace, connection) : undefined
  const runId = context.runId ?? undefined
  for (const model of models) {
    const failing = monitored.filter(entry => entry.model === model && !entry.passed)
    const outcome: ModelOutcome = { model, failing }
    outcomes.push(outcome)
    if (!api || !settings) continue
    const incident = await api.findIncident(incidentMarker(model))
    if (failing.length === 0) {
      if (incident) {
        await api.commentOnIssue(
          incident.number,
          `${model} passes its monitor again${context.runUrl ? ` ([run](${context.runUrl}))` : ''}: closing.`
        )
        await api.updateIncident(incident.number, incident.body, 'closed')
        outcome.incident = { number: incident.number, url: incident.url, closed: true }
      }
      continue
    }
    const before = incident ? incidentState(incident.body, model) : { failures: 0 }
    // A re-run of the same workflow run is the same failure: counted once.
    const failures = runId !== undefined && before.run === runId ? before.failures : before.failures + 1
    const policy = failing[0] as MonitoredVersion
    const acting = policy.onFailure !== 'report' && failures >= policy.failuresBeforeAction
    outcome.action = acting
      ? await act(failing, data, workspace, settings, inputs, moved)
      : policy.onFailure === 'report'
        ? 'on_failure is report: nothing is rolled back.'
        : `on_failure is ${policy.onFailure}: it acts after ${policy.failuresBeforeAction} failing runs in a row (this is ${failures}).`
    const body = incidentBody(
      model,
      failing,
      { failures, ...(runId ? { run: runId } : {}) },
      outcome.action,
      context.runUrl
    )
    if (incident) {
      await api.updateIncident(incident.number, body)
      outcome.incident = { number: incident.number, url: incident.url }
    } else {
      const opened = await api.openIncident(incidentTitle(model, failing), body)
      outcome.incident = { number: opened.number, url: opened.url }
    }
  }
  const failed = outcomes.filter(outcome => outcome.failing.length > 0)
  setOutput('changed', 'false')
  setOutput('monitored', JSON.stringify(monitored.map(({ run: _run, ...entry }) => entry)))
  setOutput(
    'incidents',
    JSON.stringify(
      outcomes
        .filter(outcome => outcome.incident)
        .map(outcome => ({ model: outcome.model, ...outcome.incident }))
    )
  )
  const actions = failed.map(
    outcome =>
      `- **${outcome.model}**: ${outcome.action ?? 'reported'}${outcome.incident ? ` (issue #${outcome.incident.number})` : ''}`
  )
  const timelines = await movedTimelines(workspace, moved, context)
  await writeSummary(
    ['## model-stages: monitor', monitorMarkdown(monitored), actions.join('\n'), timelines]
      .filter(Boolean)
      .join('\n\n')
  )
  if (failed.length > 0)
    core.setFailed(
      `${failed.map(outcome => outcome.model).join(', ')} fail${failed.length === 1 ? 's' : ''} its monitor: ${failed.map(outcome => failedCheck(outcome.failing[0] as MonitoredVersion)).join('; ')}`
    )
}
