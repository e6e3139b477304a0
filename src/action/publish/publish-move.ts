import * as core from '@actions/core'
import type { Git, Identity } from '../../adapters/git.js'
import type { GitHubApi, PullRequestRef } from '../../adapters/github.js'
import { prepareMove, type MoveOutcome, type ValidationOptions } from '../../commands/execute-move.js'
import type { MoveArgs, MoveCommand } from '../../commands/moves.js'
import { loadRollbackHistory } from '../../commands/rollback-history.js'
import { readWorkspaceManifest, type Workspace } from '../../commands/workspace.js'
import { ManifestError } from '../../manifest/problems.js'
import { commitMessage } from '../../reporting/describe.js'
import { pullRequestBody, pullRequestBranch, pullRequestTitle } from '../../reporting/pull-request.js'
import type { Mode } from '../inputs.js'

export const MAX_PUSH_ATTEMPTS = 5

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

interface BaseTip {
  commit: string
  text: string
}

async function fetchBase(
  git: Git,
  workspace: Workspace,
  settings: PublishSettings,
  fullHistory: boolean
): Promise<BaseTip> {
  const tracking = `refs/remotes/origin/${settings.base}`
  const deepen = fullHistory && (await git.isShallow())
  await git.fetch('origin', [`+refs/heads/${settings.base}:${tracking}`], {
    configs: settings.gitConfigs,
    deepen
  })
  const commit = await git.resolve(tracking)
  if (!commit) throw new Error(`cannot find branch ${settings.base} on origin`)
  const text = await git.show(commit, workspace.manifestName)
  if (text === undefined) {
    throw new ManifestError([
      {
        file: workspace.manifestName,
        line: 1,
        column: 1,
        message: `the manifest does not exist on branch ${settings.base} (commit ${commit.slice(0, 7)})`
      }
    ])
  }
  return { commit, text }
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

  let earlier: MoveOutcome | undefined
  for (let attempt = 1; attempt <= MAX_PUSH_ATTEMPTS; attempt++) {
    const tip = await fetchBase(git, workspace, settings, command === 'rollback')
    const outcome = await planOn(workspace, tip.text, tip.commit, command, args, validation, earlier)
    if (!outcome.changed) return { outcome, attempts: attempt }
    const commitSha = await git.commitFile({
      parent: tip.commit,
      repoPath: workspace.manifestName,
      content: outcome.newText,
      message: commitMessage(outcome.plan, outcome.validation, {
        requestedBy: settings.requestedBy,
        reason: settings.runUrl
      }),
      author: settings.author,
      committer: settings.committer
    })
    if (settings.mode === 'pull-request') {
      const branch = pullRequestBranch(outcome.plan.model)
      if (!(await git.push('origin', commitSha, branch, { force: true, configs: settings.gitConfigs }))) {
        throw new Error(`origin refused the branch ${branch} (is it protected?); no pull request was opened`)
      }
      const published = await proposePullRequest(outcome, branch, workspace, settings)
      return { outcome, commitSha, ...published, attempts: attempt }
    }
    if (await git.push('origin', commitSha, settings.base, { configs: settings.gitConfigs })) {
      await fastForwardCheckout(git, tip.commit, commitSha)
      return { outcome, commitSha, attempts: attempt }
    }
    core.info(
      `${settings.base} moved on while this run worked (attempt ${attempt}); planning again on the new manifest`
    )
    earlier = outcome
    // The version chosen first stays the subject: a candidate registered meanwhile is not promoted in its place.
    args = { ...args, version: outcome.plan.version }
    await pause(attempt)
  }
  throw new Error(`could not push to ${settings.base}: it kept moving (${MAX_PUSH_ATTEMPTS} attempts)`)
}

async function proposePullRequest(
  outcome: MoveOutcome,
  branch: string,
  workspace: Workspace,
  settings: PublishSettings
): Promise<{ pullRequest: PullRequestRef; pullRequestCreated: boolean }> {
  if (!settings.api) throw new Error('mode pull-request needs the GitHub API (GITHUB_REPOSITORY and a token)')
  const title = pullRequestTitle(outcome)
  const body = pullRequestBody(outcome, workspace.manifestName, settings.runUrl)
  const open = await settings.api.findOpenPullRequest(branch, settings.base)
  if (open)
    return {
      pullRequest: await settings.api.updatePullRequest(open.number, title, body),
      pullRequestCreated: false
    }
  return {
    pullRequest: await settings.api.createPullRequest(branch, settings.base, title, body),
    pullRequestCreated: true
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

/** A short, growing, jittered wait, so that runs racing for one branch do not collide again at once. */
function pause(attempt: number): Promise<void> {
  const milliseconds = 100 * attempt + Math.floor(Math.random() * 300 * attempt)
  return new Promise(resolve => setTimeout(resolve, milliseconds))
}
