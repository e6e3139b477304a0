import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { GitHubApi as GitHubApiClass } from '../../../src/adapters/github.js'
import { BODY_LIMIT, GitHubStub } from '../../helpers/github-stub.js'

/** The product's REST calls against the stub that holds them to GitHub's description and limits. */

const stub = new GitHubStub()
let api: GitHubApiClass
const length = (text: string | undefined) => Array.from(text ?? '').length
const huge = `## Report\n\n${'a line of validation output\n'.repeat(5000)}`

beforeAll(async () => {
  await stub.start()
  // @actions/github reads GITHUB_API_URL when it loads: the client is loaded after it is set.
  process.env.GITHUB_API_URL = stub.url
  const { GitHubApi } = await import('../../../src/adapters/github.js')
  api = await GitHubApi.connect('a-token', 'acme', 'models', {
    timeoutMs: 10_000,
    retries: 1,
    retryDelayMs: 50
  })
})
afterAll(async () => stub.stop())
afterEach(() => {
  const violations = [...stub.violations]
  stub.reset()
  expect(violations).toEqual([])
})

describe('what the product sends fits GitHub’s limits', () => {
  it('a pull request whose body and title are over the limits is opened, and updated, with both cut', async () => {
    const request = {
      branch: 'model-stages/churn',
      base: 'main',
      title: `churn: ${'t'.repeat(300)}`,
      body: huge
    }
    const { pullRequest, created } = await api.createOrUpdatePullRequest(request, undefined)
    expect(created).toBe(true)
    const [pull] = stub.pulls
    expect(length(pull?.body)).toBeLessThanOrEqual(BODY_LIMIT)
    expect(pull?.body).toMatch(
      /\n\n\*\*… [\d,]+ more characters cut: GitHub takes at most 65,536 here\.\*\*$/
    )
    expect(length(pull?.title)).toBe(256)
    expect(pull?.title.endsWith('…')).toBe(true)
    await api.createOrUpdatePullRequest({ ...request, body: `${huge}again` }, pullRequest)
    expect(stub.pulls).toHaveLength(1)
    expect(length(stub.pulls[0]?.body)).toBeLessThanOrEqual(BODY_LIMIT)
  })

  it('a review comment and an incident over the limit are posted, cut', async () => {
    stub.addPullRequest(7, 'feature')
    await api.upsertComment(7, '<!-- marker -->', `<!-- marker -->\n${huge}`)
    const incident = await api.openIncident('churn fails', huge)
    await api.updateIncident(incident.number, `${huge}more`)
    await api.commentOnIssue(incident.number, huge)
    expect(stub.comments).toHaveLength(2)
    for (const text of [...stub.comments.map(comment => comment.body), stub.issues[0]?.body])
      expect(length(text)).toBeLessThanOrEqual(BODY_LIMIT)
    expect(stub.comments[0]?.body.startsWith('<!-- marker -->\n## Report')).toBe(true)
  })
})

describe('deployments', () => {
  it('one recorded before is found past the first page of the commit’s deployments, and not recorded twice', async () => {
    const sha = 'c'.repeat(40)
    const payload = (index: number) => ({ model: `model-${index}`, version: '1.0.0', uri: null })
    const first = stub.addDeployment(sha, 'production', payload(0))
    for (let index = 1; index < 130; index++) stub.addDeployment(sha, 'production', payload(index))
    const again = await api.recordDeployment({
      sha,
      environment: 'production',
      payload: payload(0),
      description: 'model-0 1.0.0 in production',
      production: true
    })
    expect(again).toEqual({ id: first, environment: 'production', created: false, completed: false })
    expect(stub.deployments).toHaveLength(130)
    // GitHub lists them newest first, 100 a page: the one recorded first is on the second page.
    expect(
      stub.requests.filter(request => request.path.endsWith('/deployments')).map(r => r.query.page ?? '1')
    ).toEqual(['1', '2'])
  })

  it('a description over 140 characters is cut to what GitHub takes for a status', async () => {
    await api.recordDeployment({
      sha: 'd'.repeat(40),
      environment: 'staging',
      payload: { model: 'churn', version: '1.0.0', uri: null },
      description: 'd'.repeat(200),
      production: false
    })
    expect(length(stub.deployments[0]?.statuses[0]?.description)).toBe(140)
  })
})
