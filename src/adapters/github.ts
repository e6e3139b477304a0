import * as github from '@actions/github'

export interface PullRequestRef {
  number: number
  url: string
}

export interface CommentRef {
  id: number
  url: string
}

type Octokit = ReturnType<typeof github.getOctokit>

/** A REST call GitHub refused, with what the token is likely missing. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number | undefined,
    what: string,
    detail: string
  ) {
    const hint =
      status === 403 || status === 404
        ? ': the token needs `contents: write` and `pull-requests: write` (a workflow on a fork gets a read-only token)'
        : ''
    super(`GitHub refused to ${what} (${status ?? 'no answer'}: ${detail})${hint}`)
    this.name = 'GitHubApiError'
  }
}

async function call<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (error) {
    const status = (error as { status?: number }).status
    throw new GitHubApiError(status, what, error instanceof Error ? error.message : String(error))
  }
}

/** The REST calls the action makes, through @actions/github's Octokit (which honours GITHUB_API_URL). */
export class GitHubApi {
  private readonly octokit: Octokit

  constructor(
    token: string,
    readonly owner: string,
    readonly repo: string
  ) {
    if (!token) throw new Error('the token input is empty: the GitHub API needs a token')
    this.octokit = github.getOctokit(token)
  }

  async findOpenPullRequest(branch: string, base: string): Promise<PullRequestRef | undefined> {
    const { data } = await call('list pull requests', () =>
      this.octokit.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        state: 'open',
        head: `${this.owner}:${branch}`,
        base,
        per_page: 1
      })
    )
    const pull = data[0]
    return pull ? { number: pull.number, url: pull.html_url } : undefined
  }

  async createPullRequest(
    branch: string,
    base: string,
    title: string,
    body: string
  ): Promise<PullRequestRef> {
    const { data } = await call('create a pull request', () =>
      this.octokit.rest.pulls.create({
        owner: this.owner,
        repo: this.repo,
        head: branch,
        base,
        title,
        body
      })
    )
    return { number: data.number, url: data.html_url }
  }

  async updatePullRequest(number: number, title: string, body: string): Promise<PullRequestRef> {
    const { data } = await call('update pull request', () =>
      this.octokit.rest.pulls.update({
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        title,
        body
      })
    )
    return { number: data.number, url: data.html_url }
  }

  /** The first comment on an issue or PR whose body contains `marker`. */
  async findComment(issueNumber: number, marker: string): Promise<CommentRef | undefined> {
    const comments = await call('list the pull request comments', () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, {
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber,
        per_page: 100
      })
    )
    const found = comments.find(comment => comment.body?.includes(marker))
    return found ? { id: found.id, url: found.html_url } : undefined
  }

  async createComment(issueNumber: number, body: string): Promise<CommentRef> {
    const { data } = await call('comment on the pull request', () =>
      this.octokit.rest.issues.createComment({
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber,
        body
      })
    )
    return { id: data.id, url: data.html_url }
  }

  async updateComment(id: number, body: string): Promise<CommentRef> {
    const { data } = await call('update the review comment', () =>
      this.octokit.rest.issues.updateComment({
        owner: this.owner,
        repo: this.repo,
        comment_id: id,
        body
      })
    )
    return { id: data.id, url: data.html_url }
  }
}
