import type { context as githubContext } from '@actions/github'
import { InputError } from '../stages/errors.js'

type GitHubContext = typeof githubContext

/** What the project needs to know of the run, derived from @actions/github's context. */
export interface RunContext {
  owner: string
  repo: string
  serverUrl: string
  runUrl?: string
  /** The workflow run's id: the same for every attempt of the run (a re-run). */
  runId?: string
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
  /** A push's commits before and after it, on push events (a pull request's synchronize has them too: not a push). */
  push?: { before: string; after: string }
}

/**
 * The run as @actions/github reads it (the GITHUB_* variables and the event payload). It is loaded by the commands
 * that need the run, so that `show` starts without it.
 */
export async function readRunContext(): Promise<RunContext> {
  const { context } = await import('@actions/github')
  return runContextOf(context)
}

/** owner/name of the repository, or empty names when the run does not say (outside GitHub Actions). */
function repositoryOf(context: GitHubContext): { owner: string; repo: string } {
  try {
    return context.repo
  } catch {
    return { owner: '', repo: '' }
  }
}

function runContextOf(context: GitHubContext): RunContext {
  const { owner, repo } = repositoryOf(context)
  const serverUrl = context.serverUrl.replace(/\/$/, '')
  const payload = context.payload as {
    pull_request?: {
      number: number
      base?: { ref?: string; sha?: string; repo?: { full_name?: string } }
      head?: { sha?: string; repo?: { full_name?: string } | null }
    }
    repository?: { default_branch?: string }
    before?: unknown
    after?: unknown
  }
  const pull = payload.pull_request
  const ref = context.ref ?? ''
  return {
    owner,
    repo,
    serverUrl,
    runUrl:
      Number.isFinite(context.runId) && owner
        ? `${serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`
        : undefined,
    runId: Number.isFinite(context.runId) && context.runId > 0 ? String(context.runId) : undefined,
    actor: context.actor || undefined,
    // The context has no field for the actor's id, which makes the commit author's noreply address.
    actorId: process.env.GITHUB_ACTOR_ID || undefined,
    eventName: context.eventName ?? '',
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    pullRequest: pull
      ? {
          number: pull.number,
          base: pull.base?.ref ?? '',
          baseSha: pull.base?.sha,
          headSha: pull.head?.sha,
          headRepository: pull.head?.repo === null ? '(deleted fork)' : pull.head?.repo?.full_name,
          baseRepository: pull.base?.repo?.full_name ?? (owner ? `${owner}/${repo}` : undefined)
        }
      : undefined,
    defaultBranch: payload.repository?.default_branch,
    push:
      context.eventName === 'push' && typeof payload.before === 'string' && typeof payload.after === 'string'
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

/**
 * Why this run records nothing as landed (deployments): only a push to the base branch (the base input, else the
 * default branch) lands a change; a pull request, a fork or another branch never does. Undefined when it may.
 */
export function notLanding(context: RunContext, base: string | undefined): string | undefined {
  const landing = base ?? context.defaultBranch
  if (context.eventName !== 'push' || !context.push)
    return `a ${context.eventName || 'run'} event is not a push`
  if (!landing) return 'the base branch is not known: set the base input'
  if (context.branch !== landing) return `the push is to ${context.branch ?? 'a tag'}, not to ${landing}`
  return undefined
}

export function commitUrl(context: RunContext, sha: string): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/commit/${sha}`
}
