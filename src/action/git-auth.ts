import type { Git } from '../adapters/git.js'

/**
 * Git config that makes fetch and push use the token input. The empty value first clears any header
 * actions/checkout persisted (for the default GITHUB_TOKEN), so that an App token or PAT given as
 * `token` is the one used, and pushes with it trigger workflows.
 */
export async function tokenConfigs(git: Git, serverUrl: string, token: string): Promise<string[]> {
  const url = await git.remoteUrl('origin')
  if (!token || !url || !url.startsWith(serverUrl)) return []
  const key = `http.${serverUrl}/.extraheader`
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
  return [`${key}=`, `${key}=AUTHORIZATION: basic ${basic}`]
}
