import { safeHref } from './escape.js'

/** Where a page links for a commit or a pull request of the repository the manifest lives in. */
export interface RepositoryLinks {
  /** https://github.com/owner/name */
  web: string
  commit(sha: string): string
  pullRequest(number: number): string
}

function linksOf(web: string): RepositoryLinks {
  return {
    web,
    commit: sha => `${web}/commit/${sha}`,
    pullRequest: number => `${web}/pull/${number}`
  }
}

/** A repository's web address from a URL given by hand (`--repo-url`): http(s), without `.git` or a trailing slash. */
export function linksFromUrl(url: string): RepositoryLinks | undefined {
  const trimmed = url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
  if (!/^https?:\/\//i.test(trimmed) || safeHref(trimmed) === undefined) return undefined
  const parsed = new URL(trimmed)
  // Credentials in a remote's URL never reach a page.
  return linksOf(`${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`)
}

/**
 * The web address of a git remote on a GitHub host: `git@github.com:o/r.git`, `ssh://git@github.com/o/r.git` and
 * `https://token@github.com/o/r.git` all give https://github.com/o/r. A local path or another layout gives nothing.
 */
export function linksFromRemote(remote: string): RepositoryLinks | undefined {
  const text = remote.trim()
  const scp = /^[\w.-]+@([\w.-]+):\/?([\w.-]+)\/([\w.-]+?)(\.git)?\/?$/.exec(text)
  if (scp) return linksOf(`https://${scp[1]}/${scp[2]}/${scp[3]}`)
  const url = /^(https?|ssh|git):\/\/(?:[^@/]*@)?([\w.-]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(\.git)?\/?$/.exec(
    text
  )
  if (!url) return undefined
  const scheme = url[1] === 'http' ? 'http' : 'https'
  return linksOf(`${scheme}://${url[2]}/${url[3]}/${url[4]}`)
}

/** The repository of an Actions run: GITHUB_SERVER_URL and GITHUB_REPOSITORY. */
export function linksFromRun(serverUrl: string, owner: string, repo: string): RepositoryLinks | undefined {
  if (!owner || !repo) return undefined
  return linksFromUrl(`${serverUrl.replace(/\/$/, '')}/${owner}/${repo}`)
}
