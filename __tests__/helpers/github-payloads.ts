import { createHash } from 'node:crypto'

/**
 * The JSON GitHub answers with for the stub's records, with every field its REST description requires: what
 * the product reads carries the record's state, the rest holds the values GitHub would send for a plain
 * repository (URLs in GitHub's layout, counters at zero, nothing assigned).
 */

export interface PullRequestRecord {
  number: number
  head: string
  base: string
  title: string
  body: string
  state: 'open' | 'closed'
  login: string
  createdAt: string
  updatedAt: string
}

export interface CommentRecord {
  id: number
  issue: number
  body: string
  /** Who wrote it: the token's login for what the action writes. */
  login: string
  createdAt: string
  updatedAt: string
}

export interface IssueRecord {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  /** Who opened it: the token's login for what the action opens. */
  login: string
  createdAt: string
  updatedAt: string
  closedAt: string | null
}

export interface DeploymentStatusRecord {
  id: number
  state: string
  log_url?: string
  environment_url?: string
  description?: string
  environment: string
  login: string
  createdAt: string
}

export interface DeploymentRecord {
  id: number
  ref: string
  sha: string
  environment: string
  payload: unknown
  description: string
  task: string
  productionEnvironment: boolean
  transientEnvironment: boolean
  login: string
  createdAt: string
  statuses: DeploymentStatusRecord[]
}

/** Where the JSON points: the API (the stub's own address), the web, and the repository asked about. */
export interface Site {
  api: string
  web: string
  owner: string
  repo: string
}

/** GitHub's timestamps: ISO 8601 to the second, in UTC. */
export function timestamp(date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}Z`
}

/** A stable number from a name, for ids GitHub would have assigned. */
function idOf(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) & 0x7fffffff
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64').replace(/=+$/, '')
}

/** A 40-hex commit id for a branch the stub knows by name only. */
function shaOf(name: string): string {
  return createHash('sha1').update(name).digest('hex')
}

function isBot(login: string): boolean {
  return login.endsWith('[bot]')
}

export function simpleUser(site: Site, login: string) {
  const id = login === 'github-actions[bot]' ? 41898282 : idOf(login)
  const url = `${site.api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId(isBot(login) ? 'Bot' : 'User', id),
    avatar_url: `${site.web.replace('://', '://avatars.')}/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: isBot(login) ? `${site.web}/apps/${login.slice(0, -'[bot]'.length)}` : `${site.web}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: isBot(login) ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

/** GET /user for a personal access token: the private view of its user. */
export function privateUser(site: Site, login: string) {
  return {
    ...simpleUser(site, login),
    user_view_type: 'private',
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true
  }
}

function repositoryUrl(site: Site): string {
  return `${site.api}/repos/${site.owner}/${site.repo}`
}

export function repository(site: Site) {
  const url = repositoryUrl(site)
  const id = idOf(`${site.owner}/${site.repo}`)
  const web = `${site.web}/${site.owner}/${site.repo}`
  return {
    id,
    node_id: nodeId('Repository', id),
    name: site.repo,
    full_name: `${site.owner}/${site.repo}`,
    owner: simpleUser(site, site.owner),
    private: true,
    html_url: web,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `${web.replace(/^https?/, 'git')}.git`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@${new URL(site.web).host}:${site.owner}/${site.repo}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${web}.git`,
    mirror_url: null,
    svn_url: web,
    homepage: null,
    language: 'Python',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: 'main',
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    license: null,
    pushed_at: '2024-01-01T00:00:00Z',
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z'
  }
}

function pullRequestUrls(site: Site, number: number) {
  const url = `${repositoryUrl(site)}/pulls/${number}`
  const html = `${site.web}/${site.owner}/${site.repo}/pull/${number}`
  const issue = `${repositoryUrl(site)}/issues/${number}`
  return { url, html, issue }
}

function branch(site: Site, name: string) {
  return {
    label: `${site.owner}:${name}`,
    ref: name,
    sha: shaOf(name),
    user: simpleUser(site, site.owner),
    repo: repository(site)
  }
}

/** A pull request as the list of pull requests shows it. */
export function pullRequestSimple(site: Site, pull: PullRequestRecord) {
  const { url, html, issue } = pullRequestUrls(site, pull.number)
  const id = idOf(`pull ${pull.number}`)
  return {
    url,
    id,
    node_id: nodeId('PullRequest', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repositoryUrl(site)}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${repositoryUrl(site)}/statuses/${shaOf(pull.head)}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: simpleUser(site, pull.login),
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.state === 'closed' ? pull.updatedAt : null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(site, pull.head),
    base: branch(site, pull.base),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repositoryUrl(site)}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repositoryUrl(site)}/statuses/${shaOf(pull.head)}` }
    },
    author_association: 'NONE',
    auto_merge: null,
    draft: false
  }
}

/** A pull request as creating, reading or updating one answers it. */
export function pullRequest(site: Site, pull: PullRequestRecord) {
  return {
    ...pullRequestSimple(site, pull),
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 1,
    changed_files: 1
  }
}

function issueUrls(site: Site, number: number) {
  const url = `${repositoryUrl(site)}/issues/${number}`
  return { url, html: `${site.web}/${site.owner}/${site.repo}/issues/${number}` }
}

/** An issue; a pull request is an issue too, and the list of issues shows it with `pull_request`. */
export function issue(site: Site, record: IssueRecord, pull?: PullRequestRecord) {
  const { url, html } = issueUrls(site, record.number)
  const id = idOf(`issue ${record.number}`)
  const pulls = pull ? pullRequestUrls(site, pull.number) : undefined
  return {
    id,
    node_id: nodeId('Issue', id),
    url,
    repository_url: repositoryUrl(site),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: pulls?.html ?? html,
    number: record.number,
    state: record.state,
    state_reason: record.state === 'closed' ? 'completed' : null,
    title: record.title,
    body: record.body,
    user: simpleUser(site, record.login),
    labels: [],
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    ...(pulls
      ? {
          pull_request: {
            url: pulls.url,
            html_url: pulls.html,
            diff_url: `${pulls.html}.diff`,
            patch_url: `${pulls.html}.patch`,
            merged_at: null
          },
          draft: false
        }
      : {}),
    closed_at: record.closedAt,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    closed_by: null,
    author_association: 'NONE'
  }
}

export function issueComment(site: Site, comment: CommentRecord, onPullRequest: boolean) {
  const url = `${repositoryUrl(site)}/issues/comments/${comment.id}`
  const where = issueUrls(site, comment.issue)
  const html = onPullRequest ? pullRequestUrls(site, comment.issue).html : where.html
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url,
    html_url: `${html}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(site, comment.login),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: where.url,
    author_association: 'NONE'
  }
}

export function deployment(site: Site, record: DeploymentRecord) {
  const url = `${repositoryUrl(site)}/deployments/${record.id}`
  return {
    url,
    id: record.id,
    node_id: nodeId('Deployment', record.id),
    sha: record.sha,
    ref: record.ref,
    task: record.task,
    payload: record.payload ?? {},
    original_environment: record.environment,
    environment: record.environment,
    description: record.description,
    creator: simpleUser(site, record.login),
    created_at: record.createdAt,
    updated_at: record.statuses.at(-1)?.createdAt ?? record.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repositoryUrl(site),
    transient_environment: record.transientEnvironment,
    production_environment: record.productionEnvironment
  }
}

export function deploymentStatus(site: Site, record: DeploymentRecord, status: DeploymentStatusRecord) {
  const deploymentUrl = `${repositoryUrl(site)}/deployments/${record.id}`
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DeploymentStatus', status.id),
    state: status.state,
    creator: simpleUser(site, status.login),
    description: status.description ?? '',
    environment: status.environment,
    target_url: status.log_url ?? '',
    log_url: status.log_url ?? '',
    environment_url: status.environment_url ?? '',
    created_at: status.createdAt,
    updated_at: status.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repositoryUrl(site)
  }
}
