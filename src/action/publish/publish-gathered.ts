import * as core from '@actions/core'
import type { PullRequestRef } from '../../adapters/github.js'
import { redact } from '../../adapters/secrets.js'
import { evaluate, type EvaluateResult } from '../../commands/evaluate.js'
import { gatheredCandidates, gatherResults, type Gathered } from '../../commands/fan-out/gather.js'
import { prepareMove, type MoveOutcome } from '../../commands/prepare-move.js'
import { readWorkspaceManifest, type Workspace } from '../../commands/workspace.js'
import { readManifest } from '../../manifest/read.js'
import { gatheredCommitMessage } from '../../reporting/describe.js'
import { gatheredPullRequestBody } from '../../reporting/pull-request.js'
import { Backoff } from './backoff.js'
import { fetchBase } from './fetch-base.js'
import { PublishError } from './publish-error.js'
import {
  finishEarlierLanding,
  landDeployments,
  pushToBase,
  PUSH_BUDGET_MS,
  type LandedDeployments,
  type PublishSettings
} from './publish-move.js'
import { proposePullRequest } from './pull-request.js'

/** The branch of the one pull request an evaluation's gathered promotions are proposed in. */
export const GATHERED_BRANCH = 'model-stages/evaluate'

export interface PublishedGathered extends LandedDeployments {
  gathered: Gathered
  result: EvaluateResult<undefined>
  /** The promotions written, in the order judged. */
  admitted: MoveOutcome[]
  commitSha?: string
  pullRequest?: PullRequestRef
  pullRequestCreated?: boolean
}

/** The gathered results judged on `text` (the base branch's manifest): every admitted promotion, on one text. */
async function judgeOn(workspace: Workspace, text: string, dir: string) {
  const data = await readManifest(text, workspace.manifestName)
  // Judged against the manifest being changed: a model whose entry changed since the plan is stale here.
  const gathered = await gatherResults(dir, data, file => file.slice(dir.length + 1) || file)
  let newText = text
  const admitted: MoveOutcome[] = []
  const candidates = gatheredCandidates(data, gathered)
  const result = await evaluate<undefined>(
    data,
    undefined,
    async candidate => {
      const outcome = await prepareMove({
        workspace,
        text: newText,
        command: 'promote',
        args: { model: candidate.model, version: candidate.version, to: candidate.to },
        validation: {},
        measured: gathered.candidates.find(entry => entry.model === candidate.model)?.measurement
      })
      if (outcome.verdict !== 'failed') newText = outcome.newText
      if (outcome.changed && outcome.verdict !== 'failed') admitted.push(outcome)
      return { outcome }
    },
    candidates
  )
  return { gathered, result, admitted, newText }
}

/**
 * Every promotion the gathered results admit, written as one change: one commit on the base branch, or one pull
 * request from model-stages/evaluate. Nothing is validated here. When the base moves on meanwhile, the results are
 * judged again on the new manifest, never merged as text.
 */
export async function publishGathered(
  workspace: Workspace,
  dir: string,
  settings: PublishSettings
): Promise<PublishedGathered> {
  const git = workspace.git
  if (settings.mode === 'dry-run' || !git) {
    if (settings.mode !== 'dry-run')
      throw new Error(`mode ${settings.mode} needs a git checkout; ${workspace.root} is not one`)
    const judged = await judgeOn(workspace, await readWorkspaceManifest(workspace), dir)
    return { ...judged, admitted: judged.admitted }
  }
  const backoff = new Backoff(PUSH_BUDGET_MS)
  for (;;) {
    const tip = await core.group(`Fetch ${settings.base} from origin`, () =>
      fetchBase(git, workspace, settings.base, settings.gitConfigs, false)
    )
    const judged = await judgeOn(workspace, tip.text, dir)
    if (judged.newText === tip.text) {
      // A re-run after the change landed: what an earlier run could not record is recorded now.
      if (settings.mode !== 'commit') return judged
      const deployments: NonNullable<LandedDeployments['deployments']> = []
      for (const entry of judged.result.evaluated) {
        if (entry.status !== 'unchanged' || !entry.outcome) continue
        const landed = await finishEarlierLanding(git, workspace, entry.outcome, tip.commit, settings)
        if (landed.deploymentFailure)
          return { ...judged, deployments, deploymentFailure: landed.deploymentFailure }
        deployments.push(...(landed.deployments ?? []))
      }
      return { ...judged, deployments }
    }
    const message = gatheredCommitMessage(judged.admitted, {
      requestedBy: settings.requestedBy,
      reason: settings.runUrl
    })
    const commitSha = await core.group(`Commit the change to ${workspace.manifestName}`, () =>
      git.commitFile({
        parent: tip.commit,
        repoPath: workspace.manifestName,
        content: judged.newText,
        message: redact(message),
        author: settings.author,
        committer: settings.committer
      })
    )
    if (settings.mode === 'pull-request') {
      const proposal = {
        branch: GATHERED_BRANCH,
        title: message.split('\n')[0] ?? 'evaluate',
        body: gatheredPullRequestBody(
          judged.admitted,
          judged.gathered.refused,
          workspace.manifestName,
          settings.runUrl
        )
      }
      return { ...judged, commitSha, ...(await proposePullRequest(git, proposal, commitSha, settings)) }
    }
    const push = await core.group(`Push to ${settings.base}`, () =>
      pushToBase(git, tip.commit, commitSha, settings)
    )
    if (push.pushed) {
      const transitions = judged.admitted.flatMap(outcome => outcome.plan.transitions)
      const data = judged.admitted.at(-1)?.plan.result
      const again =
        'Re-run the job once the cause is fixed: the versions are already in their stages, so the re-run moves ' +
        'nothing and records the deployments.'
      const landed = data ? await landDeployments(data, transitions, commitSha, settings, again) : {}
      return { ...judged, commitSha, ...landed }
    }
    if (!push.stale)
      throw new PublishError(
        `origin refused the push to ${settings.base}:\n${push.message}\n` +
          'The branch is protected: use mode: pull-request, or a token the rule lets push.'
      )
    core.info(
      `${settings.base} moved on while this run worked; judging the results again on the new manifest`
    )
    if (!(await backoff.wait()))
      throw new PublishError(
        `could not push to ${settings.base}: other pushes kept moving it for ${backoff.budgetMs / 1000} s`
      )
  }
}
