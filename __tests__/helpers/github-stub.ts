import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: Record<string, unknown> | undefined
}

interface PullRequest {
  number: number
  head: string
  base: string
  title: string
  body: string
  state: 'open' | 'closed'
}

interface Comment {
  id: number
  issue: number
  body: string
  /** Who wrote it: the token's login for what the action writes. */
  login: string
}

export interface Issue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  /** Who opened it: the token's login for what the action opens. */
  login: string
}

export interface Deployment {
  id: number
  ref: string
  sha: string
  environment: string
  payload: unknown
  description: string
  statuses: Array<{ state: string; log_url?: string; environment_url?: string; description?: string }>
}

/** What a faulty API does instead of answering: invalid JSON with a 200, no answer at all, or a status. */
export type FaultAnswer = 'garbage' | 'silence' | { status: number; message?: string }

export interface Fault {
  /** Matches `METHOD /path`. */
  route: RegExp
  answer: FaultAnswer
  /** How many matching requests get the fault before the stub answers normally again (default: all). */
  times?: number
}

/**
 * A small stand-in for the GitHub REST API on 127.0.0.1: the pull request, issue comment and deployment
 * endpoints the action uses, with state, and a record of every request.
 */
export class GitHubStub {
  readonly requests: RecordedRequest[] = []
  readonly pulls: PullRequest[] = []
  readonly comments: Comment[] = []
  readonly deployments: Deployment[] = []
  readonly issues: Issue[] = []
  /**
   * The token's user, as GET /user answers it; undefined: the workflow's GITHUB_TOKEN, which GitHub refuses there
   * (403) and which writes as github-actions[bot].
   */
  tokenUser: string | undefined = undefined
  /** Faults served before any route: the first one that matches and has times left. */
  faults: Fault[] = []
  private server?: Server
  private nextId = 1

  get url(): string {
    const address = this.server?.address() as AddressInfo
    return `http://127.0.0.1:${address.port}`
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(answer => {
        if (answer === 'silence') return
        if (answer === 'garbage') {
          response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
          response.end('<html><body>502 Bad Gateway</body></html>')
          return
        }
        response.writeHead(answer.status, { 'content-type': 'application/json' })
        response.end(JSON.stringify(answer.body))
      })
    })
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>(resolve => this.server?.close(() => resolve()))
  }

  /** Forgets every request, pull request, comment and fault, and drops connections left open by silences. */
  reset(): void {
    this.requests.length = 0
    this.pulls.length = 0
    this.comments.length = 0
    this.deployments.length = 0
    this.issues.length = 0
    this.faults = []
    this.tokenUser = undefined
    this.nextId = 1
    this.server?.closeAllConnections()
  }

  /** `METHOD path` of every request so far. */
  routes(): string[] {
    return this.requests.map(request => `${request.method} ${request.path}`)
  }

  private htmlUrl(kind: string, number: number): string {
    return `https://github.example/acme/models/${kind}/${number}`
  }

  private async handle(
    request: IncomingMessage
  ): Promise<{ status: number; body: unknown } | 'garbage' | 'silence'> {
    const url = new URL(request.url ?? '/', 'http://stub')
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined
    const method = request.method ?? 'GET'
    this.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), body })

    const route = `${method} ${url.pathname}`
    const fault = this.faults.find(f => f.route.test(route) && (f.times === undefined || f.times > 0))
    if (fault) {
      if (fault.times !== undefined) fault.times--
      if (typeof fault.answer === 'string') return fault.answer
      return { status: fault.answer.status, body: { message: fault.answer.message ?? 'Server Error' } }
    }
    // GitHub refuses a pull request or comment body over 65,536 characters, as a validation failure.
    if (
      /^(POST|PATCH) \/repos\/[^/]+\/[^/]+\/(pulls|issues)/.test(route) &&
      String(body?.body ?? '').length > 65_536
    )
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: route.includes('/pulls') ? 'PullRequest' : 'IssueComment',
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 65536 characters)'
            }
          ],
          documentation_url: 'https://docs.github.com/rest'
        }
      }
    let match: RegExpExecArray | null
    if ((match = /^GET \/repos\/[^/]+\/[^/]+\/pulls$/.exec(route))) {
      const head = url.searchParams.get('head')?.split(':').pop()
      const found = this.pulls.filter(
        pull =>
          pull.state === (url.searchParams.get('state') ?? 'open') &&
          (!head || pull.head === head) &&
          (!url.searchParams.get('base') || pull.base === url.searchParams.get('base'))
      )
      return { status: 200, body: found.map(pull => this.pullJson(pull)) }
    }
    if ((match = /^POST \/repos\/[^/]+\/[^/]+\/pulls$/.exec(route))) {
      const pull: PullRequest = {
        number: this.nextId++,
        head: String(body?.head),
        base: String(body?.base),
        title: String(body?.title),
        body: String(body?.body ?? ''),
        state: 'open'
      }
      if (this.pulls.some(p => p.state === 'open' && p.head === pull.head)) {
        return {
          status: 422,
          body: { message: 'Validation Failed', errors: [{ message: 'A pull request already exists' }] }
        }
      }
      this.pulls.push(pull)
      return { status: 201, body: this.pullJson(pull) }
    }
    if ((match = /^PATCH \/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(route))) {
      const pull = this.pulls.find(p => p.number === Number(match?.[1]))
      if (!pull) return { status: 404, body: { message: 'Not Found' } }
      if (body?.title !== undefined) pull.title = String(body.title)
      if (body?.body !== undefined) pull.body = String(body.body)
      return { status: 200, body: this.pullJson(pull) }
    }
    if (route === 'GET /user') {
      if (this.tokenUser === undefined)
        return {
          status: 403,
          body: {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user'
          }
        }
      return { status: 200, body: { login: this.tokenUser, id: 7, type: 'User' } }
    }
    if ((match = /^GET \/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(route))) {
      const issue = Number(match[1])
      return { status: 200, body: this.comments.filter(c => c.issue === issue).map(c => this.commentJson(c)) }
    }
    if (route.match(/^GET \/repos\/[^/]+\/[^/]+\/issues$/)) {
      const state = url.searchParams.get('state') ?? 'open'
      const found = this.issues.filter(issue => state === 'all' || issue.state === state)
      return { status: 200, body: found.map(issue => this.issueJson(issue)) }
    }
    if (route.match(/^POST \/repos\/[^/]+\/[^/]+\/issues$/)) {
      const issue: Issue = {
        number: this.nextId++,
        title: String(body?.title),
        body: String(body?.body ?? ''),
        state: 'open',
        login: this.tokenUser ?? 'github-actions[bot]'
      }
      this.issues.push(issue)
      return { status: 201, body: this.issueJson(issue) }
    }
    if ((match = /^PATCH \/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(route))) {
      const issue = this.issues.find(i => i.number === Number(match?.[1]))
      if (!issue) return { status: 404, body: { message: 'Not Found' } }
      if (body?.body !== undefined) issue.body = String(body.body)
      if (body?.title !== undefined) issue.title = String(body.title)
      if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state
      return { status: 200, body: this.issueJson(issue) }
    }
    if ((match = /^POST \/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(route))) {
      const comment: Comment = {
        id: this.nextId++,
        issue: Number(match[1]),
        body: String(body?.body),
        login: this.tokenUser ?? 'github-actions[bot]'
      }
      this.comments.push(comment)
      return { status: 201, body: this.commentJson(comment) }
    }
    if ((match = /^PATCH \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(route))) {
      const comment = this.comments.find(c => c.id === Number(match?.[1]))
      if (!comment) return { status: 404, body: { message: 'Not Found' } }
      comment.body = String(body?.body)
      return { status: 200, body: this.commentJson(comment) }
    }
    if ((match = /^GET \/repos\/[^/]+\/[^/]+\/deployments$/.exec(route))) {
      const sha = url.searchParams.get('sha')
      const environment = url.searchParams.get('environment')
      const found = this.deployments.filter(
        d => (!sha || d.sha === sha) && (!environment || d.environment === environment)
      )
      return { status: 200, body: found.map(d => this.deploymentJson(d)) }
    }
    if ((match = /^POST \/repos\/[^/]+\/[^/]+\/deployments$/.exec(route))) {
      const ref = String(body?.ref)
      const deployment: Deployment = {
        id: this.nextId++,
        ref,
        sha: ref,
        environment: String(body?.environment ?? 'production'),
        payload: body?.payload,
        description: String(body?.description ?? ''),
        statuses: []
      }
      this.deployments.push(deployment)
      return { status: 201, body: this.deploymentJson(deployment) }
    }
    if ((match = /^GET \/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/.exec(route))) {
      const deployment = this.deployments.find(d => d.id === Number(match?.[1]))
      if (!deployment) return { status: 404, body: { message: 'Not Found' } }
      // GitHub lists a deployment's statuses newest first.
      const statuses = deployment.statuses.map((status, index) => ({ id: index + 1, ...status })).reverse()
      return { status: 200, body: statuses.slice(0, Number(url.searchParams.get('per_page') ?? 30)) }
    }
    if ((match = /^POST \/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/.exec(route))) {
      const deployment = this.deployments.find(d => d.id === Number(match?.[1]))
      if (!deployment) return { status: 404, body: { message: 'Not Found' } }
      const status = {
        state: String(body?.state),
        log_url: body?.log_url as string | undefined,
        environment_url: body?.environment_url as string | undefined,
        description: body?.description as string | undefined
      }
      deployment.statuses.push(status)
      return { status: 201, body: { id: this.nextId++, ...status } }
    }
    return { status: 404, body: { message: `stub has no route for ${route}` } }
  }

  private deploymentJson(deployment: Deployment) {
    return {
      id: deployment.id,
      sha: deployment.sha,
      ref: deployment.ref,
      environment: deployment.environment,
      payload: deployment.payload,
      description: deployment.description,
      url: `https://api.github.example/repos/acme/models/deployments/${deployment.id}`
    }
  }

  private pullJson(pull: PullRequest) {
    return {
      ...pull,
      html_url: this.htmlUrl('pull', pull.number),
      head: { ref: pull.head },
      base: { ref: pull.base }
    }
  }

  /** A comment someone else wrote (a reviewer quoting the marker, say). */
  addComment(issue: number, body: string, login: string): number {
    const id = this.nextId++
    this.comments.push({ id, issue, body, login })
    return id
  }

  private issueJson(issue: Issue) {
    return {
      id: issue.number,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      user: { login: issue.login, type: issue.login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: this.htmlUrl('issues', issue.number)
    }
  }

  private commentJson(comment: Comment) {
    return {
      id: comment.id,
      body: comment.body,
      user: { login: comment.login, type: comment.login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `${this.htmlUrl('pull', comment.issue)}#issuecomment-${comment.id}`
    }
  }
}
