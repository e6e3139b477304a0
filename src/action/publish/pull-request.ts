import * as core from '@actions/core'
import type { Git } from '../../adapters/git.js'
import type { PullRequestRef } from '../../adapters/github.js'
import type { MoveOutcome } from '../../commands/prepare-move.js'
import type { Workspace } from '../../commands/workspace.js'
import { pullRequestBody, pullRequestBranch, pullRequestTitle } from '../../reporting/pull-request.js'
import { Backoff } from './backoff.js'
import { PublishError } from './publish-error.js'
import type { PublishSettings } from './publish-move.js'

const FORCE_PUSH_BUDGET_MS = 60_000

/**
 * Pushes the commit to the proposal's branch (`model-stages/<model>` for a move) and opens (or updates) its pull
 * request. The open pull request
 * is looked up first, so that a token or API that cannot do it fails before anything is pushed; a branch this
 * run created is removed again when the pull request still cannot be opened.
 */
/** What a pull request proposes: its branch, title and body. */
export interface Proposal {
  branch: string
  title: string
  body: string
}

/** The pull request of one move: the model's own branch. */
export function moveProposal(
  outcome: MoveOutcome,
  workspace: Workspace,
  settings: PublishSettings
): Proposal {
  return {
    branch: pullRequestBranch(outcome.plan.model),
    title: pullRequestTitle(outcome),
    body: pullRequestBody(outcome, workspace.manifestName, settings.runUrl)
  }
}

export async function proposePullRequest(
  git: Git,
  proposal: Proposal,
  commitSha: string,
  settings: PublishSettings
): Promise<{ pullRequest: PullRequestRef; pullRequestCreated: boolean }> {
  const api = settings.api
  if (!api) throw new Error('mode pull-request needs the GitHub API (GITHUB_REPOSITORY and a token)')
  const { branch } = proposal
  const open = await core.group(`Find an open pull request from ${branch}`, async () => {
    const found = await api.findOpenPullRequest(branch, settings.base)
    core.info(found ? `#${found.number} is open: it is updated` : 'none is open: one is opened')
    return found
  })
  const existed = await core.group(`Push ${branch}`, async () => {
    const tip = await git.remoteTip('origin', branch, settings.gitConfigs)
    await forcePush(git, commitSha, branch, settings)
    core.info(`Pushed ${commitSha.slice(0, 7)} to ${branch}${tip ? ` (it was at ${tip.slice(0, 7)})` : ''}`)
    return tip !== undefined
  })
  try {
    const { pullRequest, created } = await core.group(
      `${open ? 'Update' : 'Open'} the pull request into ${settings.base}`,
      () =>
        api.createOrUpdatePullRequest(
          { branch, base: settings.base, title: proposal.title, body: proposal.body },
          open
        )
    )
    return { pullRequest, pullRequestCreated: created }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (existed || open) {
      throw new PublishError(
        message,
        `The branch ${branch} on origin now holds this change (commit ${commitSha.slice(0, 7)}); ` +
          `its pull request was not ${open ? 'updated' : 'opened'}.`
      )
    }
    const removed = await git.deleteRemoteBranch('origin', branch, settings.gitConfigs).then(
      () => true,
      () => false
    )
    if (removed) throw new PublishError(`${message}\nThe branch ${branch} this run pushed was removed again.`)
    throw new PublishError(
      message,
      `The branch ${branch} was pushed to origin (commit ${commitSha.slice(0, 7)}) and could not be removed: ` +
        `delete it, or re-run the job once the pull request can be opened.`
    )
  }
}

/** Another run for the same model may force-push the branch at the same moment: that race is tried again. */
async function forcePush(git: Git, commitSha: string, branch: string, settings: PublishSettings) {
  const backoff = new Backoff(FORCE_PUSH_BUDGET_MS)
  for (;;) {
    const push = await git.push('origin', commitSha, branch, { force: true, configs: settings.gitConfigs })
    if (push.pushed) return
    if (!push.stale) {
      throw new PublishError(
        `origin refused the branch ${branch}:\n${push.message}\n` +
          `No pull request was opened. Let the token push branches named model-stages/* ` +
          `(a branch rule or pre-receive hook refuses them).`
      )
    }
    core.info(`another run pushed ${branch} at the same moment; pushing again`)
    if (!(await backoff.wait()))
      throw new PublishError(`could not push ${branch}: other runs kept pushing it`)
  }
}
