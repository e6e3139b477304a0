import * as core from '@actions/core'
import type { Git, Identity } from '../../adapters/git.js'
import type { GitHubApi, PullRequestRef } from '../../adapters/github.js'
import { redact } from '../../adapters/secrets.js'
import { prepareMove, type MoveOutcome } from '../../commands/execute-move.js'
import type { ValidationOptions } from '../../commands/validate.js'
import type { MoveArgs, MoveCommand } from '../../commands/moves.js'
import { loadRollbackHistory } from '../../commands/rollback-history.js'
import { readWorkspaceManifest, type Workspace } from '../../commands/workspace.js'
import { commitMessage } from '../../reporting/describe.js'
import type { Mode } from '../inputs.js'
import { Backoff } from './backoff.js'
import { fetchBase } from './fetch-base.js'
import { proposePullRequest } from './pull-request.js'
import { PublishError } from './publish-error.js'

/** How long a run keeps trying to land a change on a branch that other runs keep moving. */
export const PUSH_BUDGET_MS = 180_000

export interface PublishSettings {
  mode: Mode
  base: string
  /** Git config for fetch and push (the token). */
  gitConfigs: string[]
  author: Identity
  committer: Identity
  requestedBy?: string
  runUrl?: string
  api?: GitHubApi
}

export interface PublishedMove {
  outcome: MoveOutcome
  commitSha?: string
  pullRequest?: PullRequestRef
  /** True when a pull request was opened, false when an open one was updated. */
  pullRequestCreated?: boolean
  attempts: number
}

async function planOn(
  workspace: Workspace,
  text: string,
  revision: string,
  command: MoveCommand,
  args: MoveArgs,
  validation: ValidationOptions,
  earlier?: MoveOutcome
): Promise<MoveOutcome> {
  const history =
    command === 'rollback' ? await loadRollbackHistory(workspace, args.model, text, revision) : undefined
  return prepareMove({ workspace, text, command, args, validation, history, earlier })
}

/**
 * Carries out a move as the mode says: nothing written (dry-run), a commit pushed to the base branch
 * (commit), or a commit on `model-stages/<model>` proposed as a pull request (pull-request). Every plan is
 * made on the base branch's current manifest; when a push loses a race, the move is planned again on the
 * new manifest, never merged as text.
 */
export async function publishMove(
  workspace: Workspace,
  command: MoveCommand,
  args: MoveArgs,
  validation: ValidationOptions,
  settings: PublishSettings
): Promise<PublishedMove> {
  const git = workspace.git
  if (settings.mode === 'dry-run' || !git) {
    if (settings.mode !== 'dry-run')
      throw new Error(`mode ${settings.mode} needs a git checkout; ${workspace.root} is not one`)
    const text = await readWorkspaceManifest(workspace)
    return { outcome: await planOn(workspace, text, 'HEAD', command, args, validation), attempts: 0 }
  }

  const backoff = new Backoff(PUSH_BUDGET_MS)
  let earlier: MoveOutcome | undefined
  for (;;) {
    const tip = await fetchBase(git, workspace, settings.base, settings.gitConfigs, command === 'rollback')
    const outcome = await planOn(workspace, tip.text, tip.commit, command, args, validation, earlier)
    const attempts = backoff.attempts + 1
    if (!outcome.changed) return { outcome, attempts }
    const commitSha = await git.commitFile({
      parent: tip.commit,
      repoPath: workspace.manifestName,
      content: outcome.newText,
      message: redact(
        commitMessage(
          outcome.plan,
          outcome.validation,
          { requestedBy: settings.requestedBy, reason: settings.runUrl },
          outcome.gates
        )
      ),
      author: settings.author,
      committer: settings.committer
    })
    if (settings.mode === 'pull-request') {
      const published = await proposePullRequest(git, outcome, commitSha, workspace, settings)
      return { outcome, commitSha, ...published, attempts }
    }
    const push = await git.push('origin', commitSha, settings.base, { configs: settings.gitConfigs })
    if (push.pushed) {
      await fastForwardCheckout(git, tip.commit, commitSha)
      return { outcome, commitSha, attempts }
    }
    if (!push.stale && (await git.remoteTip('origin', settings.base, settings.gitConfigs)) === tip.commit) {
      throw new PublishError(
        `origin refused the push to ${settings.base}:\n${push.message}\n` +
          'The branch is protected (a rule or a pre-receive hook). Use mode: pull-request, or give token a ' +
          'token that the rule lets push (a GitHub App or user on the bypass list).'
      )
    }
    core.info(
      `${settings.base} moved on while this run worked (attempt ${attempts}); planning again on the new manifest`
    )
    earlier = outcome
    // The version chosen first stays the subject: a candidate registered meanwhile is not promoted in its place.
    args = { ...args, version: outcome.plan.version }
    if (!(await backoff.wait())) {
      throw new PublishError(
        `could not push to ${settings.base}: other pushes kept moving it for ${backoff.budgetMs / 1000} s ` +
          `(${attempts} attempts). Re-run the job, or use a concurrency group per model.`
      )
    }
  }
}

/** Later steps of the job see the new manifest when the checkout was at the commit the change was made on. */
async function fastForwardCheckout(git: Git, parent: string, commit: string): Promise<void> {
  const head = await git.resolve('HEAD')
  if (head !== parent) return
  await git.run(['merge', '--ff-only', '--quiet', commit]).catch(() => {
    core.info('the checkout was not fast-forwarded to the new commit (local changes are in the way)')
  })
}
