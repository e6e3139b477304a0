import * as core from '@actions/core'
import { setOutput } from './outputs.js'
import { stageChanges } from '../commands/changes.js'
import type { Workspace } from '../commands/workspace.js'
import { markdownTable } from '../reporting/markdown.js'
import { stageMove } from '../stages/rules.js'
import { InputError } from '../stages/errors.js'
import type { Connection } from './connection.js'
import type { ChangesRequest } from '../commands/request.js'
import type { ActionInputs } from './inputs.js'
import { checkManifest } from '../manifest/read.js'
import { recordDeployments, type RecordedDeployment } from './publish/deployments.js'
import { notLanding, type RunContext } from './run-context.js'
import { writeSummary } from './summary.js'

/** The revisions a run compares: the push's before..after, a pull request's base..head, else HEAD~1..HEAD. */
function revisionsOf(context: RunContext): { from: string; to: string } {
  if (context.push) return { from: context.push.before, to: context.push.after }
  const pull = context.pullRequest
  if (pull?.baseSha && pull.headSha) return { from: pull.baseSha, to: pull.headSha }
  return { from: 'HEAD~1', to: 'HEAD' }
}

/** A shallow checkout may lack the older commit: it is fetched (that commit alone) when missing. */
async function ensureCommit(workspace: Workspace, commit: string, connection: Connection): Promise<void> {
  const git = workspace.git
  if (!git || /^0+$/.test(commit) || (await git.resolve(commit))) return
  core.debug(`${commit} is not in this checkout: fetching it from origin`)
  await git.fetchCommit('origin', commit, await connection.gitConfigs()).catch(() => undefined)
}

/** What moved between two revisions, for a deploy job that acts only when production changed. */
export async function runChanges(
  inputs: ActionInputs<ChangesRequest>,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
) {
  if (!workspace.git) throw new InputError(`changes needs a git checkout: ${workspace.root} is not one`)
  const { from, to } = revisionsOf(context)
  await ensureCommit(workspace, from, connection)
  await ensureCommit(workspace, to, connection)
  const result = await stageChanges(
    workspace,
    { from, to, fromName: 'from', toName: 'to' },
    inputs.request.model
  )
  const transitions = result.transitions.map(({ model, version, from, to }) => ({ model, version, from, to }))
  setOutput('changed', 'false')
  setOutput('transitions', JSON.stringify(transitions))
  if (result.production) {
    setOutput('production-changed', String(result.production.changed))
    setOutput('production-version', result.production.version ?? '')
    setOutput('production-uri', result.production.uri ?? '')
  }
  const range = `${result.from?.slice(0, 7) ?? '(none)'}..${result.to.slice(0, 7)}`
  const table =
    transitions.length === 0
      ? `No stage changes in ${range}.`
      : markdownTable(
          ['Model', 'Version', 'Transition'],
          transitions.map(t => [t.model, `\`${t.version}\``, stageMove(t.from, t.to)])
        )
  const production = result.production
    ? `\n\nProduction of ${result.production.model}: ${
        result.production.changed
          ? `changed, ${result.production.before ?? 'none'} → ${result.production.version ?? 'none'}`
          : `unchanged (${result.production.version ?? 'none'})`
      }.`
    : ''
  core.info(`Stage changes in ${range}: ${transitions.length}`)
  // Deployments say "this landed": only a push to the base branch lands anything.
  const notLanded = notLanding(context, inputs.base)
  if (notLanded && transitions.length > 0) core.info(`No deployment is recorded: ${notLanded}.`)
  const deployments = notLanded ? [] : await deploymentsOfPush(connection, workspace, result.to, transitions)
  if (deployments.length > 0) setOutput('deployments', JSON.stringify(deployments))
  const recorded =
    deployments.length > 0
      ? `\n\nDeployments recorded: ${deployments.map(d => `${d.model} ${d.version} → ${d.environment}`).join(', ')}.`
      : ''
  await writeSummary(`## model-stages: changes ${range}\n\n${table}${production}${recorded}`)
}

/**
 * A push that landed versions in stages with an `environment` (a merged promotion pull request) records a
 * GitHub deployment for each, at the pushed commit.
 */
async function deploymentsOfPush(
  connection: Connection,
  workspace: Workspace,
  commit: string,
  transitions: ReadonlyArray<{ model: string; version: string; to: string | null }>
): Promise<RecordedDeployment[]> {
  if (transitions.length === 0) return []
  const text = await workspace.git?.show(commit, workspace.manifestName)
  const data = text === undefined ? undefined : (await checkManifest(text, workspace.manifestName)).manifest
  if (!data) return []
  return recordDeployments(() => connection.api(), data, transitions, commit, connection.context.runUrl)
}
