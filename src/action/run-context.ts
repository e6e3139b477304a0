import { existsSync, readFileSync } from 'node:fs'
import { InputError } from '../stages/errors.js'

export interface RunContext {
  owner: string
  repo: string
  serverUrl: string
  runUrl?: string
  actor?: string
  actorId?: string
  eventName: string
  /** The branch the workflow runs on (pushes and dispatches), if it runs on a branch. */
  branch?: string
  /** A pull request's base and head, on pull_request events. */
  pullRequest?: {
    number: number
    base: string
    baseSha?: string
    headSha?: string
    /** owner/name of the repositories the head and the base live in: they differ for a fork. */
    headRepository?: string
    baseRepository?: string
  }
  defaultBranch?: string
  /** A push's commits before and after it, on push events. */
  push?: { before: string; after: string }
}

/** The event that started the run, as the runner wrote it to GITHUB_EVENT_PATH. */
function eventPayload(): unknown {
  const file = process.env.GITHUB_EVENT_PATH
  return file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
}

export function readRunContext(): RunContext {
  const repository = process.env.GITHUB_REPOSITORY ?? ''
  const [owner = '', repo = ''] = repository.split('/')
  const serverUrl = (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '')
  const runId = process.env.GITHUB_RUN_ID
  const ref = process.env.GITHUB_REF ?? ''
  const payload = eventPayload() as {
    pull_request?: {
      number: number
      base?: { ref?: string; sha?: string; repo?: { full_name?: string } }
      head?: { sha?: string; repo?: { full_name?: string } | null }
    }
    repository?: { default_branch?: string }
    before?: string
    after?: string
  }
  const pull = payload.pull_request
  return {
    owner,
    repo,
    serverUrl,
    runUrl: runId && repository ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    actor: process.env.GITHUB_ACTOR || undefined,
    actorId: process.env.GITHUB_ACTOR_ID || undefined,
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    pullRequest: pull
      ? {
          number: pull.number,
          base: pull.base?.ref ?? process.env.GITHUB_BASE_REF ?? '',
          baseSha: pull.base?.sha,
          headSha: pull.head?.sha,
          headRepository: pull.head?.repo === null ? '(deleted fork)' : pull.head?.repo?.full_name,
          baseRepository: pull.base?.repo?.full_name ?? (repository || undefined)
        }
      : undefined,
    defaultBranch: payload.repository?.default_branch,
    push:
      typeof payload.before === 'string' && typeof payload.after === 'string'
        ? { before: payload.before, after: payload.after }
        : undefined
  }
}

export function requireRepository(context: RunContext): void {
  if (!context.owner || !context.repo)
    throw new InputError('GITHUB_REPOSITORY is not set: run this inside GitHub Actions')
}

/** The branch changes go to: the base input, else the branch the workflow runs on, else the default branch. */
export function resolveBase(input: string | undefined, context: RunContext): string {
  const base = input ?? context.pullRequest?.base ?? context.branch ?? context.defaultBranch
  if (!base) throw new InputError('cannot tell which branch to change: set the base input')
  return base
}

export function commitUrl(context: RunContext, sha: string): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/commit/${sha}`
}
