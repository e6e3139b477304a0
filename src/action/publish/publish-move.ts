import * as core from '@actions/core'
import type { Git, Identity, PushResult } from '../../adapters/git.js'
import type { GitHubApi, PullRequestRef } from '../../adapters/github.js'
import { redact } from '../../adapters/secrets.js'
import { prepareMove, type MoveOutcome } from '../../commands/prepare-move.js'
import type { MoveArgs, MoveCommand } from '../../commands/moves.js'
import { readWorkspaceManifest, type Workspace } from '../../commands/workspace.js'
import { checkManifest } from '../../manifest/read.js'
import { commitMessage } from '../../reporting/describe.js'
import { loadMoveHistory } from '../../commands/move-history.js'
import type { Manifest } from '../../manifest/schema.js'
import { isExclusive, landingsOf, pipelineOf } from '../../stages/pipeline.js'
import type { Mode } from '../inputs.js'
import type { ValidationRun } from '../validation-log.js'
import { Backoff } from './backoff.js'
import { fetchBase } from './fetch-base.js'
import { moveProposal, proposePullRequest } from './pull-request.js'
import { PublishError } from './publish-error.js'
import { recordDeployments, type RecordedDeployment } from './deployments.js'

/** How long a run keeps trying to land a change on a branch that other runs keep moving. */
export const PUSH_BUDGET_MS = 180_000

export interface PublishSettings {
  mode: Mode
  base: string
  /** Git config for fetch and push (the token). */
  gitConfigs: readonly string[]
  author: Identity
  committer: Identity
  requestedBy?: string
  runUrl?: string
  api?: GitHubApi
  /** The client for the calls a mode makes only sometimes (deployments in commit mode). */
  connect: () => Promise<GitHubApi>
  /** force: the reason given for overriding soak and the metric gates. */
  force?: string
}

export interface PublishedMove {
  outcome: MoveOutcome
  commitSha?: string
  pullRequest?: PullRequestRef
  /** True when a pull request was opened, false when an open one was updated. */
  pullRequestCreated?: boolean
  /** GitHub deployments recorded for the versions the pushed commit landed in stages with an environment. */
  deployments?: RecordedDeployment[]
  /** The change landed, but its deployments could not be recorded: the step fails once the outputs are set. */
  deploymentFailure?: PublishError
  attempts: number
}

/** The move planned on `text` (the manifest at `revision`), validated as the plan requires. */
async function planOn(
  workspace: Workspace,
  text: string,
  revision: string,
  command: MoveCommand,
  args: MoveArgs,
  validation: ValidationRun,
  settings: PublishSettings,
  earlier?: MoveOutcome
): Promise<MoveOutcome> {
  return validation(options =>
    prepareMove({
      workspace,
      text,
      command,
      args,
      validation: options,
      revision,
      force: settings.force,
      earlier
    })
  )
}

/**
 * Carries out a move as the mode says: nothing written (dry-run), a commit pushed to the base branch
 * (commit), or a commit on `model-stages/<model>` proposed as a pull request (pull-request). Every plan is
 * made on the base branch's current manifest; when a push loses a race, the move is planned again on the
 * new manifest, never merged as text. Each step is a log group of its own.
 */
export async function publishMove(
  workspace: Workspace,
  command: MoveCommand,
  args: MoveArgs,
  validation: ValidationRun,
  settings: PublishSettings
): Promise<PublishedMove> {
  const git = workspace.git
  if (settings.mode === 'dry-run' || !git) {
    if (settings.mode !== 'dry-run')
      throw new Error(`mode ${settings.mode} needs a git checkout; ${workspace.root} is not one`)
    core.debug('dry run: the move is planned on the checkout, and nothing is written')
    const text = await readWorkspaceManifest(workspace)
    return {
      outcome: await planOn(workspace, text, 'HEAD', command, args, validation, settings),
      attempts: 0
    }
  }

  const named = args.version !== undefined
  const backoff = new Backoff(PUSH_BUDGET_MS)
  let earlier: MoveOutcome | undefined
  for (;;) {
    // Rollback and soak read the history: a shallow clone is deepened for them.
    let tip = await core.group(`Fetch ${settings.base} from origin`, () =>
      fetchBase(
        git,
        workspace,
        settings.base,
        settings.gitConfigs,
        command === 'rollback' || (command === 'block' && args.rollback === true)
      )
    )
    if (command === 'promote' && (await hasSoak(tip.text)) && (await git.isShallow()))
      tip = await core.group(`Fetch the history of ${settings.base} (a soak is judged on it)`, () =>
        fetchBase(git, workspace, settings.base, settings.gitConfigs, true)
      )
    const outcome = await planOn(
      workspace,
      tip.text,
      tip.commit,
      command,
      args,
      validation,
      settings,
      earlier
    )
    const attempts = backoff.attempts + 1
    if (!outcome.changed) {
      const earlier =
        settings.mode === 'commit' && outcome.plan.transitions.length === 0
          ? await finishEarlierLanding(git, workspace, outcome, tip.commit, settings)
          : {}
      return { outcome, attempts, ...earlier }
    }
    const commitSha = await core.group(`Commit the change to ${workspace.manifestName}`, () =>
      commitChange(git, workspace, outcome, tip.commit, settings)
    )
    if (settings.mode === 'pull-request') {
      const proposal = moveProposal(outcome, workspace, settings)
      const published = await proposePullRequest(git, proposal, commitSha, settings)
      return { outcome, commitSha, ...published, attempts }
    }
    const push = await core.group(`Push to ${settings.base}`, () =>
      pushToBase(git, tip.commit, commitSha, settings)
    )
    if (push.pushed) {
      const { plan } = outcome
      const request = { model: plan.model, version: plan.version, named }
      const landed = await landDeployments(
        plan.result,
        plan.transitions,
        commitSha,
        settings,
        rerunHint(request)
      )
      return { outcome, commitSha, attempts, ...landed }
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

/** The new manifest committed on `parent`, with the message that says what moved and why. */
async function commitChange(
  git: Git,
  workspace: Workspace,
  outcome: MoveOutcome,
  parent: string,
  settings: PublishSettings
): Promise<string> {
  const commitSha = await git.commitFile({
    parent,
    repoPath: workspace.manifestName,
    content: outcome.newText,
    message: redact(
      commitMessage(outcome.plan, outcome.admission, {
        requestedBy: settings.requestedBy,
        reason: settings.runUrl
      })
    ),
    author: settings.author,
    committer: settings.committer
  })
  core.info(`Commit ${commitSha} on ${parent.slice(0, 7)}: ${outcome.plan.model} ${outcome.plan.version}`)
  return commitSha
}

/** Pushes the commit to the base branch; once it is there, the checkout follows it (see fastForwardCheckout). */
export async function pushToBase(
  git: Git,
  parent: string,
  commitSha: string,
  settings: PublishSettings
): Promise<PushResult> {
  const push = await git.push('origin', commitSha, settings.base, { configs: settings.gitConfigs })
  if (!push.pushed) {
    core.info(`origin did not take the push${push.stale ? ` (${settings.base} moved on)` : ''}`)
    return push
  }
  core.info(`Pushed ${commitSha.slice(0, 7)} to ${settings.base}`)
  await fastForwardCheckout(git, parent, commitSha)
  return push
}

export type LandedDeployments = Pick<PublishedMove, 'deployments' | 'deploymentFailure'>

/**
 * Deployments for what `commitSha` landed. The commit is on the base branch whatever happens here, so a failure
 * is returned, not thrown: the outputs still say what landed, and a re-run of the job finishes the record.
 */
export async function landDeployments(
  data: Manifest,
  transitions: ReadonlyArray<{ model: string; version: string; to: string | null }>,
  commitSha: string,
  settings: PublishSettings,
  again: string
): Promise<LandedDeployments> {
  try {
    return {
      deployments: await recordDeployments(settings.connect, data, transitions, commitSha, settings.runUrl)
    }
  } catch (error) {
    const failure = new PublishError(
      `the deployment could not be recorded: ${error instanceof Error ? error.message : String(error)}`,
      `The change itself landed: commit ${commitSha} is on ${settings.base}. ${again}`
    )
    return { deployments: [], deploymentFailure: failure }
  }
}

/** How a re-run finishes a record: a request without a version chooses one again (the next candidate), so it is named. */
export function rerunHint(request: { model: string; version: string; named: boolean }): string {
  return request.named
    ? `Re-run the job once the cause is fixed: ${request.version} is already in its stage, so the re-run ` +
        'moves nothing and records the deployment.'
    : `Run the job again with version ${request.version} once the cause is fixed (a run without a version ` +
        `would choose the next candidate of ${request.model}): it moves nothing and records the deployment.`
}

/**
 * A move asked again after it landed (a re-run of its job): the version already holds an exclusive stage with an
 * environment, so its deployment at the commit that moved it there is recorded, or marked successful, when an
 * earlier run could not finish it. A deployment already complete costs two reads and changes nothing.
 */
export async function finishEarlierLanding(
  git: Git,
  workspace: Workspace,
  outcome: MoveOutcome,
  tip: string,
  settings: PublishSettings
): Promise<LandedDeployments> {
  const { plan } = outcome
  const stage = plan.result.models[plan.model]?.versions.get(plan.version)?.stage
  const pipeline = pipelineOf(plan.result)
  const landing = { model: plan.model, version: plan.version, to: stage ?? null }
  if (!stage || !isExclusive(pipeline, stage) || landingsOf(pipeline, [landing]).length === 0) return {}
  if (await git.isShallow())
    await core.group(`Fetch the history of ${settings.base} (to find where ${plan.version} landed)`, () =>
      fetchBase(git, workspace, settings.base, settings.gitConfigs, true)
    )
  const history = await loadMoveHistory(workspace, tip)
  const entered = history?.enteredStage(plan.model, plan.version, stage)
  if (!entered?.commit) return {}
  const request = { model: plan.model, version: plan.version, named: true }
  return landDeployments(plan.result, [landing], entered.commit, settings, rerunHint(request))
}

/** Whether a stage of the manifest asks for a soak (an unreadable manifest is reported by the plan). */
async function hasSoak(text: string): Promise<boolean> {
  const data = (await checkManifest(text, '')).manifest
  return data !== undefined && pipelineOf(data).stages.some(stage => stage.soak !== undefined)
}

/** Later steps of the job see the new manifest when the checkout was at the commit the change was made on. */
async function fastForwardCheckout(git: Git, parent: string, commit: string): Promise<void> {
  const head = await git.resolve('HEAD')
  if (head !== parent) return
  if (!(await git.fastForward(commit)))
    core.info('the checkout was not fast-forwarded to the new commit (local changes are in the way)')
}
