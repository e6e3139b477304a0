import * as core from '@actions/core'
import { setOutput } from './outputs.js'
import { writeSummary } from './summary.js'
import type { Git } from '../adapters/git.js'
import { GitHubApiError, type GitHubApi } from '../adapters/github.js'
import { annotate } from './annotations.js'
import { withValidationLog } from './validation-log.js'
import { reviewManifest } from '../commands/review.js'
import type { Workspace } from '../commands/workspace.js'
import { versionPosition } from '../manifest/positions.js'
import { refusalText, reviewMarker, reviewMarkdown } from '../reporting/review.js'
import { validationResult } from '../stages/admission.js'
import { reviewPassed } from '../stages/review.js'
import { InputError } from '../stages/errors.js'
import type { Connection } from './connection.js'
import type { CheckRequest } from '../commands/request.js'
import type { ActionInputs } from './inputs.js'
import type { RunContext } from './run-context.js'

/** Reviews the stage changes a pull request makes: one comment kept up to date, annotations, a failing check. */
export async function runCheck(
  inputs: ActionInputs<CheckRequest>,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
): Promise<void> {
  const git = workspace.git
  if (!git) throw new InputError(`check needs a git checkout: ${workspace.root} is not one`)
  const base = inputs.base ?? context.pullRequest?.base
  if (!base)
    throw new InputError(
      'check compares a pull request with its base: run it on pull_request events, or set the base input'
    )
  const configs = await connection.gitConfigs()
  // The whole history: a rollback in review is legal only for a version that was in production before.
  const tracking = await core.group(`Fetch ${base} from origin`, () =>
    git.fetchBranch('origin', base, { configs, wholeHistory: true })
  )

  // The checkout of a pull_request event is a merge made on the base as it was then: compare with that commit.
  const eventBase = context.pullRequest?.baseSha
  const baseRevision = eventBase && (await git.resolve(eventBase)) ? eventBase : tracking

  const untrustedHead = untrustedHeadReason(context)
  if (untrustedHead) core.warning(`Validation commands will not run: ${untrustedHead}.`)
  // A pull_request_target checkout is the base: the head's manifest is read from git instead.
  const head =
    context.eventName === 'pull_request_target' && context.pullRequest
      ? { headText: await fetchHeadManifest(git, workspace, context.pullRequest, configs) }
      : {}
  // Override trailers are read from the pull request's own commits.
  const headSha = context.pullRequest?.headSha
  const headRevision = headSha && (await git.resolve(headSha)) ? headSha : 'HEAD'
  const result = await withValidationLog('Validation output', inputs.request, validation =>
    reviewManifest(workspace, baseRevision, validation, { ...head, untrustedHead, headRevision })
  )
  setOutput('changed', 'false')
  const validations = result.changes.filter(change => validationResult(change.verdict))
  const failed = validations.some(change => !change.verdict.admitted)
  setOutput('validation', validations.length === 0 ? 'skipped' : failed ? 'failed' : 'passed')
  if (!result.touched) {
    const line = `This pull request does not change ${workspace.manifestName}.`
    core.info(line)
    await writeSummary(`## model-stages review\n\n${line}`)
    return
  }

  result.problems.forEach(annotate)
  for (const change of result.changes) {
    const failure = refusalText(change.verdict)
    if (!failure) continue
    const position = versionPosition(result.headText ?? '', change.model, change.version)
    annotate({
      file: workspace.manifestName,
      ...position,
      message: `${change.model} ${change.version}: ${failure}`
    })
  }

  const markdown = reviewMarkdown(result, context.runUrl)
  await writeSummary(markdown)
  if (context.pullRequest) {
    await keepReviewComment(await connection.api(), context.pullRequest.number, workspace, markdown)
  }
  if (!reviewPassed(result))
    core.setFailed(`the stage changes in ${workspace.manifestName} do not pass review (see the annotations)`)
}

/**
 * Why commands from the pull request's head must not run here, if they must not: a pull_request_target run
 * holds a write token whatever the head is; a fork's head chose its own validation command, so its passing
 * proves nothing, and its token may be able to write.
 */
export function untrustedHeadReason(context: RunContext): string | undefined {
  if (context.eventName === 'pull_request_target')
    return (
      'this is a pull_request_target run, which holds a write token, so no command from the pull request runs ' +
      'in it (run check on pull_request events instead)'
    )
  const pull = context.pullRequest
  if (pull?.headRepository && pull.baseRepository && pull.headRepository !== pull.baseRepository)
    return (
      `the pull request comes from the fork ${pull.headRepository}, whose validation command is its own ` +
      "choice and may not run with this repository's token"
    )
  return undefined
}

/** The head's manifest read from git, without checking the head out: nothing of it is run. */
async function fetchHeadManifest(
  git: Git,
  workspace: Workspace,
  pull: NonNullable<RunContext['pullRequest']>,
  configs: readonly string[]
): Promise<string | undefined> {
  const tracking = await core.group(`Fetch the head of pull request #${pull.number}`, () =>
    git.fetchPullRequestHead('origin', pull.number, configs)
  )
  // The head the event names, when git has it; else the newest head of the pull request.
  const head = (pull.headSha && (await git.resolve(pull.headSha))) || (await git.resolve(tracking))
  if (!head) throw new InputError(`cannot read the head of pull request #${pull.number} from origin`)
  return git.show(head, workspace.manifestName)
}

/** One comment per manifest, found by its marker and updated in place. Without write access, the summary has to do. */
async function keepReviewComment(
  api: GitHubApi,
  pullRequest: number,
  workspace: Workspace,
  markdown: string
) {
  try {
    const comment = await api.upsertComment(pullRequest, reviewMarker(workspace.manifestName), markdown)
    core.info(`Review comment: ${comment.url}`)
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status !== 403) throw error
    core.warning(`${error.message}. The review is in the job summary only.`)
  }
}
