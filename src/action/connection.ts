import * as core from '@actions/core'
import type { Git } from '../adapters/git.js'
import type { GitHubApi } from '../adapters/github.js'
import { requireRepository, type RunContext } from './run-context.js'

/**
 * Git config that makes fetch and push use the token input. The empty value first clears any header
 * actions/checkout persisted (for the default GITHUB_TOKEN), so that an App token or PAT given as
 * `token` is the one used, and pushes with it trigger workflows.
 */
async function tokenConfigs(git: Git | undefined, serverUrl: string, token: string): Promise<string[]> {
  const url = await git?.remoteUrl('origin')
  if (!token || !url || !url.startsWith(serverUrl)) {
    core.debug(
      `git: origin is reached without the token input (${url ? `not on ${serverUrl}` : 'no origin'})`
    )
    return []
  }
  core.debug(`git: fetch and push to ${serverUrl} with the token input`)
  const key = `http.${serverUrl}/.extraheader`
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
  return [`${key}=`, `${key}=AUTHORIZATION: basic ${basic}`]
}

/**
 * The GitHub side of one run, made from the token once: the git credentials for origin and the REST client.
 * Each is made when first asked for, so that a command that never fetches or calls the API makes neither (and
 * never loads Octokit).
 */
export class Connection {
  private credentials: Promise<readonly string[]> | undefined
  private client: Promise<GitHubApi> | undefined

  constructor(
    private readonly token: string,
    readonly context: RunContext,
    private readonly git: Git | undefined
  ) {}

  /** Git config for fetch and push (passed through the environment, never on a command line). */
  gitConfigs(): Promise<readonly string[]> {
    return (this.credentials ??= tokenConfigs(this.git, this.context.serverUrl, this.token))
  }

  /** The REST client for the run's repository. */
  api(): Promise<GitHubApi> {
    return (this.client ??= this.createClient())
  }

  private async createClient(): Promise<GitHubApi> {
    requireRepository(this.context)
    core.debug(
      `GitHub API: ${this.context.owner}/${this.context.repo} at ${process.env.GITHUB_API_URL ?? 'https://api.github.com'}`
    )
    const { GitHubApi } = await import('../adapters/github.js')
    return GitHubApi.connect(this.token, this.context.owner, this.context.repo)
  }
}
