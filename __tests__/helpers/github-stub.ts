import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { findOperation, queryProblems, requestBodyProblems, responseProblems } from './github-contract.js'
import {
  deployment,
  deploymentStatus,
  issue,
  issueComment,
  privateUser,
  pullRequest,
  pullRequestSimple,
  timestamp,
  type CommentRecord,
  type DeploymentRecord,
  type IssueRecord,
  type PullRequestRecord,
  type Site
} from './github-payloads.js'

export type { CommentRecord, DeploymentRecord, IssueRecord, PullRequestRecord } from './github-payloads.js'

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: Record<string, unknown> | undefined
}

/**
 * What a faulty API does instead of answering: invalid JSON with a 200, no answer at all, GitHub's primary or
 * secondary rate limit (403 with the headers Octokit waits on), or a status.
 */
export type FaultAnswer =
  'garbage' | 'silence' | 'rate-limit' | 'secondary-rate-limit' | { status: number; message?: string }

export interface Fault {
  /** Matches `METHOD /path`. */
  route: RegExp
  answer: FaultAnswer
  /** How many matching requests get the fault before the stub answers normally again (default: all). */
  times?: number
}

/** A request GitHub would refuse or an answer GitHub never gives, by its REST description. */
export interface ContractViolation {
  route: string
  kind: 'operation' | 'request' | 'response'
  problems: string[]
}

interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

interface Context {
  params: Record<string, string>
  query: URLSearchParams
  body: Record<string, unknown> | undefined
  site: Site
  /** The request's URL on the stub, for the `Link` header of a list. */
  url: URL
}

interface Route {
  method: string
  template: string
  handle: (context: Context) => Answer
}

/** GitHub's cap on the body of an issue, a pull request or a comment, in characters. */
export const BODY_LIMIT = 65_536

/** GitHub's caps on the text fields of an issue, a pull request or a comment, in characters. */
const LIMITS = { body: BODY_LIMIT, title: 256 }

const DOCS = 'https://docs.github.com/rest'
const WEB = 'https://github.example'

/** GitHub's error body: a message, where to read about it, and the status as a string. */
function error(status: number, message: string, extra: Record<string, unknown> = {}): Answer {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...extra } }
}

const notFound = () => error(404, 'Not Found')

/** GitHub's 422: what failed, field by field, each with a code. */
function validationFailed(
  errors: Array<{ resource: string; field?: string; code: string; message?: string }>
): Answer {
  return error(422, 'Validation Failed', { errors })
}

/** GitHub's page size: 30 unless `per_page` asks otherwise, at most 100. */
function pageOf(query: URLSearchParams): { perPage: number; page: number } {
  const perPage = Number.parseInt(query.get('per_page') ?? '', 10)
  const page = Number.parseInt(query.get('page') ?? '', 10)
  return {
    perPage: Number.isFinite(perPage) && perPage > 0 ? Math.min(perPage, 100) : 30,
    page: Number.isFinite(page) && page > 0 ? page : 1
  }
}

/** One page of a list, with GitHub's `Link` header naming the others (prev, next, last, first). */
function paged(context: Context, items: unknown[]): Answer {
  const { perPage, page } = pageOf(context.query)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (to: number, rel: string) => {
    const url = new URL(context.url)
    url.searchParams.set('page', String(to))
    return `<${url.href}>; rel="${rel}"`
  }
  const links = [
    ...(page > 1 ? [link(Math.min(page - 1, last), 'prev')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first')] : [])
  ]
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage),
    ...(links.length > 0 ? { headers: { link: links.join(', ') } } : {})
  }
}

/** The length GitHub counts: characters, not UTF-16 code units. */
function characters(text: string): number {
  return Array.from(text).length
}

/**
 * A stand-in for the GitHub REST API on 127.0.0.1: the pull request, issue, comment, deployment and user
 * endpoints the product calls, with state, a record of every request, and GitHub's published description as
 * its contract. Every request is checked against that description, and so is every answer before it is sent:
 * an answer that breaks it is replaced by a 500 naming the problem, and each is kept in `violations`. The
 * faults a test asks for are sent as they are.
 */
export class GitHubStub {
  readonly requests: RecordedRequest[] = []
  readonly pulls: PullRequestRecord[] = []
  readonly comments: CommentRecord[] = []
  readonly deployments: DeploymentRecord[] = []
  readonly issues: IssueRecord[] = []
  readonly violations: ContractViolation[] = []
  /**
   * The token's user, as GET /user answers it; undefined: the workflow's GITHUB_TOKEN, which GitHub refuses there
   * (403) and which writes as github-actions[bot].
   */
  tokenUser: string | undefined = undefined
  /** Faults served before any route: the first one that matches and has times left. */
  faults: Fault[] = []
  private server?: Server
  private nextId = 1
  private readonly endpoints: Route[] = this.table()

  get url(): string {
    const address = this.server?.address() as AddressInfo
    return `http://127.0.0.1:${address.port}`
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(answer => this.send(response, answer))
    })
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>(resolve => this.server?.close(() => resolve()))
  }

  /** Forgets every request, record, fault and violation, and drops connections left open by silences. */
  reset(): void {
    this.requests.length = 0
    this.pulls.length = 0
    this.comments.length = 0
    this.deployments.length = 0
    this.issues.length = 0
    this.violations.length = 0
    this.faults = []
    this.tokenUser = undefined
    this.nextId = 1
    this.server?.closeAllConnections()
  }

  /** `METHOD path` of every request so far. */
  routes(): string[] {
    return this.requests.map(request => `${request.method} ${request.path}`)
  }

  /** `METHOD template` of every operation the stub serves, as GitHub's description names them. */
  operations(): string[] {
    return this.endpoints.map(endpoint => `${endpoint.method} ${endpoint.template}`)
  }

  /** An open pull request the action runs on (opened by someone, before the run). */
  addPullRequest(number: number, head: string, base = 'main', login = 'octo-dev'): void {
    const now = timestamp()
    this.pulls.push({
      number,
      head,
      base,
      title: `Change ${head}`,
      body: '',
      state: 'open',
      login,
      createdAt: now,
      updatedAt: now
    })
    this.nextId = Math.max(this.nextId, number + 1)
  }

  /** A deployment an earlier run recorded, with a success status unless `statuses` says otherwise. */
  addDeployment(
    sha: string,
    environment: string,
    payload: unknown,
    statuses: string[] = ['success']
  ): number {
    const id = this.nextId++
    const now = timestamp()
    this.deployments.push({
      id,
      ref: sha,
      sha,
      environment,
      payload,
      description: '',
      task: 'deploy',
      productionEnvironment: environment === 'production',
      transientEnvironment: false,
      login: 'github-actions[bot]',
      createdAt: now,
      statuses: statuses.map(state => ({
        id: this.nextId++,
        state,
        environment,
        login: 'github-actions[bot]',
        createdAt: now
      }))
    })
    return id
  }

  /** A comment someone else wrote (a reviewer quoting the marker, say). */
  addComment(issue: number, body: string, login: string): number {
    const id = this.nextId++
    const now = timestamp()
    this.comments.push({ id, issue, body, login, createdAt: now, updatedAt: now })
    return id
  }

  private send(response: ServerResponse, answer: Answer | 'garbage' | 'silence'): void {
    if (answer === 'silence') return
    if (answer === 'garbage') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      response.end('<html><body>502 Bad Gateway</body></html>')
      return
    }
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body)
    response.writeHead(answer.status, {
      ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'x-github-media-type': 'github.v3; format=json',
      ...answer.headers
    })
    response.end(text)
  }

  private violation(route: string, kind: ContractViolation['kind'], problems: string[]): void {
    this.violations.push({ route, kind, problems })
  }

  private async handle(request: IncomingMessage): Promise<Answer | 'garbage' | 'silence'> {
    const url = new URL(request.url ?? '/', this.url)
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const method = request.method ?? 'GET'
    const route = `${method} ${url.pathname}`
    let body: Record<string, unknown> | undefined
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined
    } catch {
      this.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), body })
      this.violation(route, 'request', ['the body is not JSON'])
      return error(400, 'Problems parsing JSON')
    }
    const query = Object.fromEntries(url.searchParams)
    this.requests.push({ method, path: url.pathname, query, body })

    const operation = findOperation(method, url.pathname)
    if (!operation) {
      this.violation(route, 'operation', [`GitHub's REST API has no operation ${route}`])
      return notFound()
    }
    const bodyProblems = requestBodyProblems(method, operation.template, body)
    const asked = [...bodyProblems, ...queryProblems(method, operation.template, query)]
    if (asked.length > 0) this.violation(route, 'request', asked)

    const fault = this.faults.find(f => f.route.test(route) && (f.times === undefined || f.times > 0))
    if (fault) {
      if (fault.times !== undefined) fault.times--
      return this.fault(fault.answer)
    }
    if (bodyProblems.length > 0) return error(422, `Invalid request.\n\n${bodyProblems.join('\n')}`)

    const served = this.endpoints.find(r => r.method === method && r.template === operation.template)
    if (!served) {
      this.violation(route, 'operation', [
        `the stub does not serve ${operation.method} ${operation.template}`
      ])
      return notFound()
    }
    const site: Site = {
      api: this.url,
      web: WEB,
      owner: operation.params.owner ?? '',
      repo: operation.params.repo ?? ''
    }
    const answer = served.handle({ params: operation.params, query: url.searchParams, body, site, url })
    const problems = responseProblems(method, operation.template, answer.status, answer.body)
    if (problems.length === 0) return answer
    this.violation(route, 'response', problems)
    return error(500, `the stub's answer breaks GitHub's REST description: ${problems.join('; ')}`)
  }

  private fault(answer: FaultAnswer): Answer | 'garbage' | 'silence' {
    if (answer === 'garbage' || answer === 'silence') return answer
    const reset = String(Math.ceil(Date.now() / 1000) + 1)
    if (answer === 'rate-limit')
      return {
        ...error(403, 'API rate limit exceeded for installation ID 1.'),
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': reset,
          'x-ratelimit-resource': 'core'
        }
      }
    if (answer === 'secondary-rate-limit')
      return {
        ...error(
          403,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        ),
        headers: { 'retry-after': '1' }
      }
    return error(answer.status, answer.message ?? 'Server Error')
  }

  /** A body or a title over GitHub's limits: refused as GitHub refuses it, naming each field. */
  private tooLong(resource: string, body: Record<string, unknown> | undefined): Answer | undefined {
    const errors = Object.entries(LIMITS)
      .filter(([field, limit]) => typeof body?.[field] === 'string' && characters(body[field]) > limit)
      .map(([field, limit]) => ({
        resource,
        code: 'custom',
        field,
        message: `${field} is too long (maximum is ${limit} characters)`
      }))
    return errors.length > 0 ? validationFailed(errors) : undefined
  }

  private issueOf(number: number): IssueRecord | PullRequestRecord | undefined {
    return this.issues.find(i => i.number === number) ?? this.pulls.find(p => p.number === number)
  }

  private table(): Route[] {
    const repo = '/repos/{owner}/{repo}'
    const login = () => this.tokenUser ?? 'github-actions[bot]'
    return [
      {
        method: 'GET',
        template: '/user',
        handle: ({ site }) =>
          this.tokenUser === undefined
            ? {
                status: 403,
                body: {
                  message: 'Resource not accessible by integration',
                  documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
                  status: '403'
                }
              }
            : { status: 200, body: privateUser(site, this.tokenUser) }
      },
      {
        method: 'GET',
        template: `${repo}/pulls`,
        handle: context => {
          const { query, site } = context
          const head = query.get('head')?.split(':').pop()
          const state = query.get('state') ?? 'open'
          const found = this.pulls.filter(
            pull =>
              (state === 'all' || pull.state === state) &&
              (!head || pull.head === head) &&
              (!query.get('base') || pull.base === query.get('base'))
          )
          // Newest first, as GitHub sorts by default.
          return paged(
            context,
            [...found].reverse().map(pull => pullRequestSimple(site, pull))
          )
        }
      },
      {
        method: 'POST',
        template: `${repo}/pulls`,
        handle: ({ body, site }) => {
          const tooLong = this.tooLong('PullRequest', body)
          if (tooLong) return tooLong
          const head = String(body?.head).split(':').pop() ?? ''
          if (this.pulls.some(p => p.state === 'open' && p.head === head))
            return validationFailed([
              {
                resource: 'PullRequest',
                code: 'custom',
                message: `A pull request already exists for ${site.owner}:${head}.`
              }
            ])
          const now = timestamp()
          const pull: PullRequestRecord = {
            number: this.nextId++,
            head,
            base: String(body?.base),
            title: String(body?.title ?? ''),
            body: String(body?.body ?? ''),
            state: 'open',
            login: login(),
            createdAt: now,
            updatedAt: now
          }
          this.pulls.push(pull)
          return {
            status: 201,
            body: pullRequest(site, pull),
            headers: { location: `${site.api}/repos/${site.owner}/${site.repo}/pulls/${pull.number}` }
          }
        }
      },
      {
        method: 'PATCH',
        template: `${repo}/pulls/{pull_number}`,
        handle: ({ params, body, site }) => {
          const pull = this.pulls.find(p => p.number === Number(params.pull_number))
          if (!pull) return notFound()
          const tooLong = this.tooLong('PullRequest', body)
          if (tooLong) return tooLong
          if (body?.title !== undefined) pull.title = String(body.title)
          if (body?.body !== undefined) pull.body = String(body.body)
          if (body?.state === 'open' || body?.state === 'closed') pull.state = body.state
          pull.updatedAt = timestamp()
          return { status: 200, body: pullRequest(site, pull) }
        }
      },
      {
        method: 'GET',
        template: `${repo}/issues`,
        handle: context => {
          const state = context.query.get('state') ?? 'open'
          const open = (record: { state: string }) => state === 'all' || record.state === state
          // GitHub lists pull requests among the issues, newest first.
          const all = [
            ...this.issues
              .filter(open)
              .map(record => ({ number: record.number, json: issue(context.site, record) })),
            ...this.pulls.filter(open).map(pull => ({
              number: pull.number,
              json: issue(context.site, { ...pull, closedAt: null }, pull)
            }))
          ].sort((a, b) => b.number - a.number)
          return paged(
            context,
            all.map(entry => entry.json)
          )
        }
      },
      {
        method: 'POST',
        template: `${repo}/issues`,
        handle: ({ body, site }) => {
          const tooLong = this.tooLong('Issue', body)
          if (tooLong) return tooLong
          const now = timestamp()
          const record: IssueRecord = {
            number: this.nextId++,
            title: String(body?.title),
            body: String(body?.body ?? ''),
            state: 'open',
            login: login(),
            createdAt: now,
            updatedAt: now,
            closedAt: null
          }
          this.issues.push(record)
          return {
            status: 201,
            body: issue(site, record),
            headers: { location: `${site.api}/repos/${site.owner}/${site.repo}/issues/${record.number}` }
          }
        }
      },
      {
        method: 'PATCH',
        template: `${repo}/issues/{issue_number}`,
        handle: ({ params, body, site }) => {
          const record = this.issues.find(i => i.number === Number(params.issue_number))
          if (!record) return notFound()
          const tooLong = this.tooLong('Issue', body)
          if (tooLong) return tooLong
          if (typeof body?.body === 'string') record.body = body.body
          if (body?.title !== undefined && body.title !== null) record.title = String(body.title)
          if (body?.state === 'open' || body?.state === 'closed') {
            if (body.state !== record.state) record.closedAt = body.state === 'closed' ? timestamp() : null
            record.state = body.state
          }
          record.updatedAt = timestamp()
          return { status: 200, body: issue(site, record) }
        }
      },
      {
        method: 'GET',
        template: `${repo}/issues/{issue_number}/comments`,
        handle: context => {
          const number = Number(context.params.issue_number)
          if (!this.issueOf(number)) return notFound()
          const onPull = this.pulls.some(p => p.number === number)
          // Oldest first, as GitHub lists an issue's comments.
          const found = this.comments.filter(c => c.issue === number).sort((a, b) => a.id - b.id)
          return paged(
            context,
            found.map(c => issueComment(context.site, c, onPull))
          )
        }
      },
      {
        method: 'POST',
        template: `${repo}/issues/{issue_number}/comments`,
        handle: ({ params, body, site }) => {
          const number = Number(params.issue_number)
          if (!this.issueOf(number)) return notFound()
          const tooLong = this.tooLong('IssueComment', body)
          if (tooLong) return tooLong
          const now = timestamp()
          const comment: CommentRecord = {
            id: this.nextId++,
            issue: number,
            body: String(body?.body),
            login: login(),
            createdAt: now,
            updatedAt: now
          }
          this.comments.push(comment)
          const onPull = this.pulls.some(p => p.number === number)
          return {
            status: 201,
            body: issueComment(site, comment, onPull),
            headers: {
              location: `${site.api}/repos/${site.owner}/${site.repo}/issues/comments/${comment.id}`
            }
          }
        }
      },
      {
        method: 'PATCH',
        template: `${repo}/issues/comments/{comment_id}`,
        handle: ({ params, body, site }) => {
          const comment = this.comments.find(c => c.id === Number(params.comment_id))
          if (!comment) return notFound()
          const tooLong = this.tooLong('IssueComment', body)
          if (tooLong) return tooLong
          comment.body = String(body?.body)
          comment.updatedAt = timestamp()
          return {
            status: 200,
            body: issueComment(
              site,
              comment,
              this.pulls.some(p => p.number === comment.issue)
            )
          }
        }
      },
      {
        method: 'GET',
        template: `${repo}/deployments`,
        handle: context => {
          const { query } = context
          const sha = query.get('sha')
          const environment = query.get('environment')
          const found = this.deployments.filter(
            d => (!sha || d.sha === sha) && (!environment || d.environment === environment)
          )
          // Newest first.
          return paged(
            context,
            [...found].reverse().map(d => deployment(context.site, d))
          )
        }
      },
      {
        method: 'POST',
        template: `${repo}/deployments`,
        handle: ({ body, site }) => {
          const ref = String(body?.ref)
          const environment = String(body?.environment ?? 'production')
          const record: DeploymentRecord = {
            id: this.nextId++,
            ref,
            sha: ref,
            environment,
            payload: body?.payload ?? {},
            description: String(body?.description ?? ''),
            task: String(body?.task ?? 'deploy'),
            productionEnvironment:
              typeof body?.production_environment === 'boolean'
                ? body.production_environment
                : environment === 'production',
            transientEnvironment: body?.transient_environment === true,
            login: login(),
            createdAt: timestamp(),
            statuses: []
          }
          this.deployments.push(record)
          return { status: 201, body: deployment(site, record) }
        }
      },
      {
        method: 'GET',
        template: `${repo}/deployments/{deployment_id}/statuses`,
        handle: context => {
          const record = this.deployments.find(d => d.id === Number(context.params.deployment_id))
          if (!record) return notFound()
          // Newest first.
          return paged(
            context,
            [...record.statuses].reverse().map(status => deploymentStatus(context.site, record, status))
          )
        }
      },
      {
        method: 'POST',
        template: `${repo}/deployments/{deployment_id}/statuses`,
        handle: ({ params, body, site }) => {
          const record = this.deployments.find(d => d.id === Number(params.deployment_id))
          if (!record) return notFound()
          const description = body?.description
          if (typeof description === 'string' && characters(description) > 140)
            return validationFailed([
              {
                resource: 'DeploymentStatus',
                code: 'custom',
                field: 'description',
                message: 'description is too long (maximum is 140 characters)'
              }
            ])
          const status = {
            id: this.nextId++,
            state: String(body?.state),
            ...(typeof body?.log_url === 'string' ? { log_url: body.log_url } : {}),
            ...(typeof body?.environment_url === 'string' ? { environment_url: body.environment_url } : {}),
            ...(typeof description === 'string' ? { description } : {}),
            environment: typeof body?.environment === 'string' ? body.environment : record.environment,
            login: login(),
            createdAt: timestamp()
          }
          record.statuses.push(status)
          return {
            status: 201,
            body: deploymentStatus(site, record, status),
            headers: {
              location: `${site.api}/repos/${site.owner}/${site.repo}/deployments/${record.id}/statuses/${status.id}`
            }
          }
        }
      }
    ]
  }
}
