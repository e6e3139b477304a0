import * as core from '@actions/core'
import { GitHubApi, GitHubApiError } from '../adapters/github.js'
import { annotate } from './annotations.js'
import { withValidationLog } from './validation-log.js'
import { reviewManifest } from '../commands/review.js'
import type { Workspace } from '../commands/workspace.js'
import { versionPosition } from '../manifest/positions.js'
import { reviewMarker, reviewMarkdown, reviewPassed, type ReviewReport } from '../reporting/review.js'
import { InputError } from '../stages/errors.js'
import { tokenConfigs } from './git-auth.js'
import type { ActionInputs } from './inputs.js'
import { requireRepository, type RunContext } from './run-context.js'

/** Reviews the stage changes a pull request makes: one comment kept up to date, annotations, a failing check. */
export async function runCheck(
  inputs: ActionInputs,
  context: RunContext,
  workspace: Workspace
): Promise<void> {
  const git = workspace.git
  if (!git) throw new InputError(`check needs a git checkout: ${workspace.root} is not one`)
  const base = inputs.base ?? context.pullRequest?.base
  if (!base)
    throw new InputError(
      'check compares a pull request with its base: run it on pull_request events, or set the base input'
    )
  const tracking = `refs/remotes/origin/${base}`
  const configs = await tokenConfigs(git, context.serverUrl, inputs.token)
  // The whole history: a rollback in review is legal only for a version that was in production before.
  await git.fetch('origin', [`+refs/heads/${base}:${tracking}`], { configs, deepen: await git.isShallow() })

  // The checkout of a pull_request event is a merge made on the base as it was then: compare with that commit.
  const eventBase = context.pullRequest?.baseSha
  const baseRevision = eventBase && (await git.resolve(eventBase)) ? eventBase : tracking

  const result = await withValidationLog('Validation output', inputs, validation =>
    reviewManifest(workspace, baseRevision, validation)
  )
  core.setOutput('changed', 'false')
  const validations = result.changes.filter(change => change.validation)
  const failed = validations.some(change => change.validation?.status !== 'passed')
  core.setOutput('validation', validations.length === 0 ? 'skipped' : failed ? 'failed' : 'passed')
  if (!result.touched) {
    const line = `This pull request does not change ${workspace.manifestName}.`
    core.info(line)
    await core.summary.addRaw(`## model-stages review\n\n${line}`, true).write()
    return
  }

  const report: ReviewReport = {
    manifestName: workspace.manifestName,
    problems: result.problems,
    initial: result.initial,
    changes: result.changes,
    runUrl: context.runUrl
  }
  result.problems.forEach(annotate)
  for (const change of result.changes) {
    const failure =
      change.refusal ??
      (change.validation && change.validation.status !== 'passed'
        ? `validation ${change.validation.status}`
        : undefined)
    if (!failure) continue
    const position = versionPosition(result.headText ?? '', change.model, change.version)
    annotate({
      file: workspace.manifestName,
      ...position,
      message: `${change.model} ${change.version}: ${failure}`
    })
  }

  const markdown = reviewMarkdown(report)
  await core.summary.addRaw(markdown, true).write()
  if (context.pullRequest) {
    requireRepository(context)
    await keepReviewComment(
      new GitHubApi(inputs.token, context.owner, context.repo),
      context.pullRequest.number,
      workspace,
      markdown
    )
  }
  if (!reviewPassed(report))
    core.setFailed(`the stage changes in ${workspace.manifestName} do not pass review (see the annotations)`)
}

/** One comment per manifest, found by its marker and updated in place. Without write access, the summary has to do. */
async function keepReviewComment(
  api: GitHubApi,
  pullRequest: number,
  workspace: Workspace,
  markdown: string
) {
  try {
    const existing = await api.findComment(pullRequest, reviewMarker(workspace.manifestName))
    const comment = existing
      ? await api.updateComment(existing.id, markdown)
      : await api.createComment(pullRequest, markdown)
    core.info(`Review comment: ${comment.url}`)
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status !== 403) throw error
    core.warning(`${error.message}. The review is in the job summary only.`)
  }
}
