import * as z from 'zod/mini'
import { DESCRIPTION_LIMIT, fitBody, fitLine, fitTitle } from './body-limit.js'
import type { Octokit } from './octokit.js'
import { redact } from './secrets.js'

export interface PullRequestRef {
  number: number
  url: string
}

export interface CommentRef {
  id: number
  url: string
}

/** How long one request may take, how often a failed one is tried again, and the base of the backoff. */
export interface ApiSettings {
  timeoutMs: number
  retries: number
  retryDelayMs: number
}

function secondsFromEnvironment(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value >= 0 && process.env[name]?.trim() ? value : fallback
}

/** Defaults suit github.com; MODEL_STAGES_API_TIMEOUT / _RETRIES / _RETRY_DELAY tune them (seconds, count). */
export function apiSettingsFromEnvironment(): ApiSettings {
  return {
    timeoutMs: secondsFromEnvironment('MODEL_STAGES_API_TIMEOUT', 30) * 1000,
    retries: Math.floor(secondsFromEnvironment('MODEL_STAGES_API_RETRIES', 3)),
    retryDelayMs: secondsFromEnvironment('MODEL_STAGES_API_RETRY_DELAY', 1) * 1000
  }
}

const NOT_PERMITTED_TO_CREATE = /not permitted to create or approve pull requests/i

/** The permissions of the workflow token that most calls need; deployments name their own. */
const WRITE_PERMISSIONS = '`contents: write` and `pull-requests: write`'

function refusalHint(status: number | undefined, detail: string, permissions: string): string {
  if (NOT_PERMITTED_TO_CREATE.test(detail))
    return (
      ': allow it under Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and ' +
      'approve pull requests" (in the repository, or in the organisation when it is greyed out there), or pass ' +
      'a GitHub App token or a fine-grained personal access token as token'
    )
  if (status === 403 || status === 404)
    return `: the token needs ${permissions} (a workflow on a fork gets a read-only token)`
  if (status === undefined || status >= 500)
    return ': GitHub did not answer in time or failed; re-run the job, or check GITHUB_API_URL and any proxy'
  return ''
}

/** A REST call GitHub refused or did not answer, with what is likely missing. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number | undefined,
    what: string,
    detail: string,
    permissions = WRITE_PERMISSIONS
  ) {
    const said =
      status === undefined
        ? `GitHub did not answer a request to ${what}`
        : `GitHub refused to ${what} (${status}`
    super(
      `${said}${status === undefined ? ` (${detail})` : `: ${detail})`}${refusalHint(status, detail, permissions)}`
    )
    this.name = 'GitHubApiError'
  }
}

/** A 2xx answer that is not what the endpoint returns: never used as if it were. */
export class UnexpectedAnswerError extends Error {
  constructor(what: string, data: unknown) {
    const shown = typeof data === 'string' ? data : JSON.stringify(data)
    super(
      `GitHub's answer to ${what} is not what that call returns (${(shown ?? 'nothing').slice(0, 200)}): ` +
        'check GITHUB_API_URL and any proxy between the runner and GitHub'
    )
    this.name = 'UnexpectedAnswerError'
  }
}

/** A positive whole number: the ids GitHub answers with. */
const ID = z.int().check(z.positive())
const NON_EMPTY = z.string().check(z.minLength(1))
const PULL_REQUEST = z.object({ number: ID, html_url: NON_EMPTY })
const COMMENT = z.object({
  id: ID,
  html_url: NON_EMPTY,
  body: z.nullish(z.string()),
  user: z.nullish(z.object({ login: NON_EMPTY, type: z.optional(z.string()) }))
})
const USER = z.object({ login: NON_EMPTY })
const ISSUE = z.object({
  number: ID,
  html_url: NON_EMPTY,
  body: z.nullish(z.string()),
  user: z.nullish(z.object({ login: NON_EMPTY, type: z.optional(z.string()) })),
  pull_request: z.optional(z.unknown())
})

export interface IssueRef {
  number: number
  url: string
  body: string
}

function checked<T>(schema: z.ZodMiniType<T>, what: string, data: unknown): T {
  const result = schema.safeParse(data)
  if (!result.success) throw new UnexpectedAnswerError(what, data)
  return result.data
}

async function call<T>(what: string, request: () => Promise<T>, permissions?: string): Promise<T> {
  try {
    return await request()
  } catch (error) {
    const { status, response } = error as { status?: number; response?: unknown }
    const message = error instanceof Error ? error.message : String(error)
    // Octokit reports a request that got no answer (a timeout, a refused connection) as a 500 without a response.
    throw new GitHubApiError(response === undefined ? undefined : status, what, message, permissions)
  }
}

const DEPLOYMENT = z.object({ id: ID, environment: z.string(), payload: z.unknown() })
const DEPLOYMENT_STATUS = z.object({ id: ID, state: z.string() })
const DEPLOYMENT_PERMISSIONS = '`deployments: write`'
const INCIDENT_PERMISSIONS = '`issues: write`'

export interface DeploymentRequest {
  /** The commit that carries the move. */
  sha: string
  environment: string
  payload: { model: string; version: string; uri: string | null }
  description: string
  /** The run that made it: the status links to it. */
  logUrl?: string
  /** The last stage: GitHub shows it as the production environment. */
  production: boolean
}

export interface DeploymentRef {
  id: number
  environment: string
  /** False when a run before this one had recorded it already (a re-run). */
  created: boolean
  /** Marked successful by this run: a new deployment, or one an earlier run left without a status. */
  completed: boolean
}

/** The REST calls the action makes, through @actions/github's Octokit (which honours GITHUB_API_URL). */
export class GitHubApi {
  private constructor(
    private readonly octokit: Octokit,
    readonly owner: string,
    readonly repo: string
  ) {}

  /** The client, loaded only by the commands that call the API: the others never load Octokit. */
  static async connect(
    token: string,
    owner: string,
    repo: string,
    settings: ApiSettings = apiSettingsFromEnvironment()
  ): Promise<GitHubApi> {
    if (!token) throw new Error('the token input is empty: the GitHub API needs a token')
    const { createOctokit } = await import('./octokit.js')
    return new GitHubApi(createOctokit(token, settings), owner, repo)
  }

  async findOpenPullRequest(branch: string, base: string): Promise<PullRequestRef | undefined> {
    const what = 'list pull requests'
    const { data } = await call(what, () =>
      this.octokit.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        state: 'open',
        head: `${this.owner}:${branch}`,
        base,
        per_page: 1
      })
    )
    const pull = checked(z.array(PULL_REQUEST), what, data)[0]
    return pull ? { number: pull.number, url: pull.html_url } : undefined
  }

  /**
   * Updates `open`, the pull request found open for the branch (findOpenPullRequest), else opens one. When
   * another run opened it meanwhile (422 "already exists"), that one is updated.
   */
  async createOrUpdatePullRequest(
    request: { branch: string; base: string; title: string; body: string },
    open: PullRequestRef | undefined
  ): Promise<{ pullRequest: PullRequestRef; created: boolean }> {
    if (open) return { pullRequest: await this.updatePullRequest(open.number, request), created: false }
    try {
      return { pullRequest: await this.createPullRequest(request), created: true }
    } catch (error) {
      if (!(error instanceof GitHubApiError) || error.status !== 422) throw error
      const opened = await this.findOpenPullRequest(request.branch, request.base)
      if (!opened) throw error
      return { pullRequest: await this.updatePullRequest(opened.number, request), created: false }
    }
  }

  private async createPullRequest(request: {
    branch: string
    base: string
    title: string
    body: string
  }): Promise<PullRequestRef> {
    const what = 'create a pull request'
    const { data } = await call(what, () =>
      this.octokit.rest.pulls.create({
        owner: this.owner,
        repo: this.repo,
        head: request.branch,
        base: request.base,
        title: fitTitle(redact(request.title)),
        body: fitBody(redact(request.body))
      })
    )
    const pull = checked(PULL_REQUEST, what, data)
    return { number: pull.number, url: pull.html_url }
  }

  private async updatePullRequest(
    number: number,
    request: { title: string; body: string }
  ): Promise<PullRequestRef> {
    const what = `update pull request #${number}`
    const { data } = await call(what, () =>
      this.octokit.rest.pulls.update({
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        title: fitTitle(redact(request.title)),
        body: fitBody(redact(request.body))
      })
    )
    const pull = checked(PULL_REQUEST, what, data)
    return { number: pull.number, url: pull.html_url }
  }

  /**
   * A deployment of a model version to an environment at a commit, with a success status: the repository's
   * Environments page then shows what is live. A deployment already recorded for the same commit, environment
   * and version (a re-run) is not recorded twice.
   */
  async recordDeployment(request: DeploymentRequest): Promise<DeploymentRef> {
    const listing = `list the deployments to ${request.environment}`
    // Every page: one commit can land more versions in an environment than one page holds (a gathered evaluation).
    const existing = await call(
      listing,
      () =>
        this.octokit.paginate(this.octokit.rest.repos.listDeployments, {
          owner: this.owner,
          repo: this.repo,
          sha: request.sha,
          environment: request.environment,
          per_page: 100
        }),
      DEPLOYMENT_PERMISSIONS
    )
    const same = checked(z.array(DEPLOYMENT), listing, existing).find(deployment => {
      const payload = deployment.payload as { model?: unknown; version?: unknown } | null
      return payload?.model === request.payload.model && payload.version === request.payload.version
    })
    if (same) {
      // A run that failed between the two calls left a deployment with no status: it is completed now.
      const completed = !(await this.hasStatus(same.id, request.environment))
      if (completed) await this.markSuccessful(same.id, request)
      return { id: same.id, environment: same.environment, created: false, completed }
    }
    const what = `record a deployment to ${request.environment}`
    const { data } = await call(
      what,
      () =>
        this.octokit.rest.repos.createDeployment({
          owner: this.owner,
          repo: this.repo,
          ref: request.sha,
          environment: request.environment,
          payload: request.payload,
          description: fitLine(redact(request.description), DESCRIPTION_LIMIT),
          auto_merge: false,
          required_contexts: [],
          production_environment: request.production,
          transient_environment: false
        }),
      DEPLOYMENT_PERMISSIONS
    )
    const deployment = checked(DEPLOYMENT, what, data)
    await this.markSuccessful(deployment.id, request)
    return { id: deployment.id, environment: deployment.environment, created: true, completed: true }
  }

  /** Whether a deployment has any status (the newest comes first: one is enough to know). */
  private async hasStatus(id: number, environment: string): Promise<boolean> {
    const what = `read the status of the deployment to ${environment}`
    const { data } = await call(
      what,
      () =>
        this.octokit.rest.repos.listDeploymentStatuses({
          owner: this.owner,
          repo: this.repo,
          deployment_id: id,
          per_page: 1
        }),
      DEPLOYMENT_PERMISSIONS
    )
    return checked(z.array(DEPLOYMENT_STATUS), what, data).length > 0
  }

  private async markSuccessful(id: number, request: DeploymentRequest): Promise<void> {
    const what = `mark the deployment to ${request.environment} successful`
    const { data } = await call(
      what,
      () =>
        this.octokit.rest.repos.createDeploymentStatus({
          owner: this.owner,
          repo: this.repo,
          deployment_id: id,
          state: 'success',
          description: fitLine(redact(request.description), DESCRIPTION_LIMIT),
          ...(request.logUrl ? { log_url: request.logUrl } : {}),
          auto_inactive: true
        }),
      DEPLOYMENT_PERMISSIONS
    )
    checked(DEPLOYMENT_STATUS, what, data)
  }

  /**
   * The login the token writes as: its user (a personal access token); undefined for a token GET /user refuses
   * (the workflow's GITHUB_TOKEN, a GitHub App's installation token), which writes as a bot account.
   */
  async identity(): Promise<string | undefined> {
    const what = 'read who the token is'
    try {
      const { data } = await call(what, () => this.octokit.rest.users.getAuthenticated())
      return checked(USER, what, data).login
    } catch (error) {
      if (error instanceof GitHubApiError && (error.status === 403 || error.status === 401)) return undefined
      throw error
    }
  }

  /**
   * The comment of this token's own on an issue or pull request whose body contains `marker` is updated, or one
   * is created: a comment by anyone else is never edited, whatever it contains.
   */
  async upsertComment(
    issueNumber: number,
    marker: string,
    body: string
  ): Promise<CommentRef & { created: boolean }> {
    const listing = 'list the pull request comments'
    const comments = await call(listing, () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, {
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber,
        per_page: 100
      })
    )
    const marked = checked(z.array(COMMENT), listing, comments).filter(comment =>
      comment.body?.includes(marker)
    )
    // A token with a user is that user; one without writes as a bot account (github-actions[bot], or the App's
    // own): a bot's comment with the marker is taken as this action's, and a person's is never edited.
    const own = await this.ownedBy(marked.map(comment => comment.user))
    const found = marked.find(comment => own(comment.user))
    const text = fitBody(redact(body))
    if (found) {
      const what = 'update the review comment'
      const { data } = await call(what, () =>
        this.octokit.rest.issues.updateComment({
          owner: this.owner,
          repo: this.repo,
          comment_id: found.id,
          body: text
        })
      )
      const comment = checked(COMMENT, what, data)
      return { id: comment.id, url: comment.html_url, created: false }
    }
    const what = 'comment on the pull request'
    const { data } = await call(what, () =>
      this.octokit.rest.issues.createComment({
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber,
        body: text
      })
    )
    const comment = checked(COMMENT, what, data)
    return { id: comment.id, url: comment.html_url, created: true }
  }

  /** Whether a comment or issue is this token's own: its user's, or (a token without one) a bot account's. */
  private async ownedBy(users: ReadonlyArray<{ login: string; type?: string } | null | undefined>) {
    const self = users.length > 0 ? await this.identity() : undefined
    return (user: { login: string; type?: string } | null | undefined) =>
      self === undefined ? user?.type === 'Bot' : user?.login === self
  }

  /** The open issue this token opened whose body holds `marker`; another user's issue is never taken for it. */
  async findIncident(marker: string): Promise<IssueRef | undefined> {
    const what = 'list the open issues'
    const issues = await call(
      what,
      () =>
        this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
          owner: this.owner,
          repo: this.repo,
          state: 'open',
          per_page: 100
        }),
      INCIDENT_PERMISSIONS
    )
    const marked = checked(z.array(ISSUE), what, issues).filter(
      issue => issue.pull_request === undefined && issue.body?.includes(marker)
    )
    const own = await this.ownedBy(marked.map(issue => issue.user))
    const found = marked.find(issue => own(issue.user))
    return found ? { number: found.number, url: found.html_url, body: found.body ?? '' } : undefined
  }

  async openIncident(title: string, body: string): Promise<IssueRef> {
    const what = 'open an incident issue'
    const { data } = await call(
      what,
      () =>
        this.octokit.rest.issues.create({
          owner: this.owner,
          repo: this.repo,
          title: fitTitle(redact(title)),
          body: fitBody(redact(body))
        }),
      INCIDENT_PERMISSIONS
    )
    const issue = checked(ISSUE, what, data)
    return { number: issue.number, url: issue.html_url, body: issue.body ?? '' }
  }

  async updateIncident(number: number, body: string, state?: 'closed'): Promise<void> {
    const what = `update incident issue #${number}`
    const { data } = await call(
      what,
      () =>
        this.octokit.rest.issues.update({
          owner: this.owner,
          repo: this.repo,
          issue_number: number,
          body: fitBody(redact(body)),
          ...(state ? { state } : {})
        }),
      INCIDENT_PERMISSIONS
    )
    checked(ISSUE, what, data)
  }

  async commentOnIssue(number: number, body: string): Promise<void> {
    const what = `comment on issue #${number}`
    const { data } = await call(
      what,
      () =>
        this.octokit.rest.issues.createComment({
          owner: this.owner,
          repo: this.repo,
          issue_number: number,
          body: fitBody(redact(body))
        }),
      INCIDENT_PERMISSIONS
    )
    checked(COMMENT, what, data)
  }
}
