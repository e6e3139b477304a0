import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { GitHubApi as GitHubApiClass } from '../../src/adapters/github.js'
import type { Octokit } from '../../src/adapters/octokit.js'
import { findOperation, requestBodyProblems, responseProblems } from '../helpers/github-contract.js'
import { BODY_LIMIT, GitHubStub } from '../helpers/github-stub.js'

/**
 * The REST stub the end-to-end tests run against, driven through the product's own Octokit (its retries,
 * throttling and deadlines) and held to GitHub's published description of api.github.com.
 */

const stub = new GitHubStub()
const settings = { timeoutMs: 10_000, retries: 1, retryDelayMs: 50 }
let octokit: Octokit
let GitHubApi: typeof GitHubApiClass
const repo = { owner: 'acme', repo: 'models' }

beforeAll(async () => {
  await stub.start()
  // @actions/github reads GITHUB_API_URL when it loads: the client modules are loaded after it is set.
  process.env.GITHUB_API_URL = stub.url
  const { createOctokit } = await import('../../src/adapters/octokit.js')
  ;({ GitHubApi } = await import('../../src/adapters/github.js'))
  octokit = createOctokit('a-token', settings)
})
afterAll(async () => stub.stop())
afterEach(() => {
  // Every request a test made was one GitHub takes, and every answer one GitHub gives.
  const violations = [...stub.violations]
  stub.reset()
  expect(violations).toEqual([])
})

interface Answer {
  status: number
  data: unknown
  headers: Record<string, string | number | undefined>
}

/** `route` through Octokit, its answer (or the error's) checked against the description before it is returned. */
async function drive(route: string, parameters: Record<string, unknown> = {}): Promise<Answer> {
  const [method = '', template = ''] = route.split(' ')
  let answer: Answer
  try {
    answer = (await octokit.request(route, {
      ...(template.includes('{owner}') ? repo : {}),
      ...parameters
    })) as Answer
  } catch (error) {
    const { response } = error as { response?: Answer }
    if (!response) throw error
    answer = response
  }
  expect(responseProblems(method, template, answer.status, answer.data)).toEqual([])
  return answer
}

const linkRels = (answer: Answer) =>
  Object.fromEntries(
    String(answer.headers.link ?? '')
      .split(', ')
      .filter(Boolean)
      .map(part => {
        const [, url = '', rel = ''] = /^<([^>]+)>; rel="([a-z]+)"$/.exec(part) ?? []
        return [rel, new URL(url).searchParams.get('page')]
      })
  )

describe('the GitHub stub answers as GitHub describes its REST API', () => {
  it('every operation it serves is one of GitHub’s, and each is driven here', async () => {
    for (const operation of stub.operations()) {
      const [method = '', template = ''] = operation.split(' ')
      expect(findOperation(method, template)?.template).toBe(template)
    }

    expect((await drive('GET /user')).status).toBe(403)
    stub.tokenUser = 'release-bot'
    expect((await drive('GET /user')).data).toMatchObject({ login: 'release-bot', type: 'User' })

    const opened = await drive('POST /repos/{owner}/{repo}/pulls', {
      head: 'model-stages/churn',
      base: 'main',
      title: 'churn: promote 2.0.0 to production',
      body: 'Promotes churn.'
    })
    expect(opened.status).toBe(201)
    expect(opened.data).toMatchObject({ number: 1, html_url: 'https://github.example/acme/models/pull/1' })
    expect(opened.headers.location).toBe(`${stub.url}/repos/acme/models/pulls/1`)
    const listed = await drive('GET /repos/{owner}/{repo}/pulls', {
      state: 'open',
      head: 'acme:model-stages/churn',
      base: 'main',
      per_page: 1
    })
    expect(listed.data).toEqual([
      expect.objectContaining({ number: 1, head: expect.objectContaining({ ref: 'model-stages/churn' }) })
    ])
    const updated = await drive('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      pull_number: 1,
      body: 'Now this.'
    })
    expect(updated.data).toMatchObject({ number: 1, body: 'Now this.', state: 'open' })

    const incident = await drive('POST /repos/{owner}/{repo}/issues', {
      title: 'churn fails its check',
      body: 'It fails.'
    })
    expect(incident.status).toBe(201)
    const issues = await drive('GET /repos/{owner}/{repo}/issues', { state: 'open', per_page: 100 })
    // A pull request is listed among the issues, with `pull_request`, as GitHub does.
    expect(issues.data).toEqual([
      expect.objectContaining({ number: 2, user: expect.objectContaining({ login: 'release-bot' }) }),
      expect.objectContaining({
        number: 1,
        pull_request: expect.objectContaining({ html_url: expect.any(String) })
      })
    ])
    expect(
      (await drive('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 2, state: 'closed' }))
        .data
    ).toMatchObject({
      state: 'closed',
      closed_at: expect.any(String)
    })

    const comment = await drive('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: 1,
      body: 'Reviewed.'
    })
    expect(comment.data).toMatchObject({ html_url: expect.stringContaining('/pull/1#issuecomment-') })
    const id = (comment.data as { id: number }).id
    const comments = await drive('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: 1
    })
    expect(comments.data).toEqual([expect.objectContaining({ id, body: 'Reviewed.' })])
    expect(
      (
        await drive('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          comment_id: id,
          body: 'Again.'
        })
      ).data
    ).toMatchObject({
      id,
      body: 'Again.'
    })

    const sha = 'a'.repeat(40)
    const deployed = await drive('POST /repos/{owner}/{repo}/deployments', {
      ref: sha,
      environment: 'production',
      payload: { model: 'churn', version: '2.0.0', uri: null },
      description: 'churn 2.0.0 in production',
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
      transient_environment: false
    })
    expect(deployed.status).toBe(201)
    const deploymentId = (deployed.data as { id: number }).id
    expect(
      (
        await drive('GET /repos/{owner}/{repo}/deployments', {
          sha,
          environment: 'production',
          per_page: 100
        })
      ).data
    ).toEqual([
      expect.objectContaining({
        id: deploymentId,
        sha,
        payload: { model: 'churn', version: '2.0.0', uri: null }
      })
    ])
    const status = await drive('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      deployment_id: deploymentId,
      state: 'success',
      description: 'churn 2.0.0 in production',
      log_url: 'https://github.example/acme/models/actions/runs/1',
      auto_inactive: true
    })
    expect(status.data).toMatchObject({
      state: 'success',
      target_url: 'https://github.example/acme/models/actions/runs/1'
    })
    expect(
      (
        await drive('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
          deployment_id: deploymentId,
          per_page: 1
        })
      ).data
    ).toEqual([expect.objectContaining({ state: 'success' })])

    const taken = new Set(
      stub.requests.map(request => {
        const operation = findOperation(request.method, request.path)
        return `${operation?.method} ${operation?.template}`
      })
    )
    expect(stub.operations().filter(operation => !taken.has(operation))).toEqual([])
  })

  it('an unknown number is 404 in GitHub’s error shape, and an answer without a body is one', async () => {
    const missing = await drive('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: 41
    })
    expect(missing.status).toBe(404)
    expect(missing.data).toMatchObject({ message: 'Not Found', documentation_url: expect.any(String) })
  })
})

describe('lists are paged as GitHub pages them', () => {
  const fill = (count: number) => {
    stub.addPullRequest(7, 'feature')
    for (let index = 0; index < count; index++) stub.addComment(7, `comment ${index}`, `user-${index % 5}`)
  }

  it('30 a page by default, with Link headers naming next and last, then prev and first', async () => {
    fill(75)
    const first = await drive('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: 7 })
    expect(first.data).toHaveLength(30)
    expect(linkRels(first)).toEqual({ next: '2', last: '3' })
    const second = await drive('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: 7,
      page: 2
    })
    expect(linkRels(second)).toEqual({ prev: '1', next: '3', last: '3', first: '1' })
    const third = await drive('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: 7,
      page: 3
    })
    expect(third.data).toHaveLength(15)
    expect(linkRels(third)).toEqual({ prev: '2', first: '1' })
    // The links keep the request's other parameters.
    expect(String(first.headers.link)).toContain('/repos/acme/models/issues/7/comments?page=2')
  })

  it('per_page is capped at 100, and Octokit’s paginate follows the links through every page in order', async () => {
    fill(250)
    const capped = await drive('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: 7,
      per_page: 500
    })
    expect(capped.data).toHaveLength(100)
    stub.requests.length = 0
    const all = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: 7,
      per_page: 100
    })
    expect(all.map(comment => comment.body)).toEqual(
      Array.from({ length: 250 }, (_, index) => `comment ${index}`)
    )
    expect(stub.requests.map(request => request.query.page ?? '1')).toEqual(['1', '2', '3'])
  })

  it('the product finds its own marked comment past the first hundred, among others that carry the marker', async () => {
    const marker = '<!-- model-stages:check model-stages.yaml -->'
    stub.addPullRequest(7, 'feature')
    for (let index = 0; index < 130; index++)
      stub.addComment(7, index % 10 === 0 ? `> ${marker}\n> quoted` : `comment ${index}`, `user-${index % 5}`)
    const own = stub.addComment(7, `${marker}\nold`, 'github-actions[bot]')
    const api = await GitHubApi.connect('a-token', 'acme', 'models', settings)
    const upserted = await api.upsertComment(7, marker, `${marker}\nnew`)
    expect(upserted).toMatchObject({ id: own, created: false })
    expect(stub.comments.find(comment => comment.id === own)?.body).toBe(`${marker}\nnew`)
    expect(stub.comments).toHaveLength(131)
  })
})

describe('refusals are GitHub’s', () => {
  it('a second pull request for a branch: 422 with message, documentation_url and coded errors', async () => {
    const request = { head: 'model-stages/churn', base: 'main', title: 't', body: 'b' }
    await drive('POST /repos/{owner}/{repo}/pulls', request)
    const refused = await drive('POST /repos/{owner}/{repo}/pulls', request)
    expect(refused.status).toBe(422)
    expect(refused.data).toEqual({
      message: 'Validation Failed',
      documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\//),
      status: '422',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for acme:model-stages/churn.'
        }
      ]
    })
  })

  it.each([
    [
      'a comment',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { issue_number: 7 },
      'IssueComment'
    ],
    [
      'a pull request',
      'POST /repos/{owner}/{repo}/pulls',
      { head: 'b', base: 'main', title: 't' },
      'PullRequest'
    ],
    [
      'a pull request update',
      'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
      { pull_number: 7 },
      'PullRequest'
    ],
    ['an issue', 'POST /repos/{owner}/{repo}/issues', { title: 't' }, 'Issue']
  ])(
    'the body of %s over 65,536 characters is refused as GitHub refuses it',
    async (_, route, parameters, resource) => {
      stub.addPullRequest(7, 'feature')
      const refused = await drive(route, { ...parameters, body: 'x'.repeat(BODY_LIMIT + 1) })
      expect(refused.status).toBe(422)
      expect(refused.data).toMatchObject({
        message: 'Validation Failed',
        errors: [
          {
            resource,
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)'
          }
        ]
      })
      // The limit counts characters: 65,536 of them pass, even when each takes two UTF-16 units.
      expect((await drive(route, { ...parameters, body: '😀'.repeat(BODY_LIMIT) })).status).toBeLessThan(300)
    }
  )
})

describe('the contract can fail', () => {
  it('an answer missing a required field is caught, by the validator and by the stub', async () => {
    stub.addPullRequest(7, 'feature')
    const { data } = await drive('GET /repos/{owner}/{repo}/pulls', { state: 'open' })
    const [pull] = data as Array<Record<string, unknown>>
    const headless = { ...pull }
    delete headless.head
    expect(responseProblems('GET', '/repos/{owner}/{repo}/pulls', 200, [pull])).toEqual([])
    expect(responseProblems('GET', '/repos/{owner}/{repo}/pulls', 200, [headless])).toContain(
      "/0 must have required property 'head'"
    )
    expect(
      responseProblems('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 201, { id: 1 })
    ).toEqual(expect.arrayContaining(["(the body) must have required property 'user'"]))
    expect(responseProblems('GET', '/user', 204, undefined)).toEqual(['GET /user never answers 204'])

    // A record the stub cannot describe as GitHub would: its answer is a 500 naming the problem (which the
    // client tries once more), and each is kept.
    stub.pulls.push({ ...stub.pulls[0]!, number: 8, head: 'other', state: 'merged' as 'open' })
    const broken = await octokit
      .request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: 8, body: 'x' })
      .catch((error: unknown) => error)
    expect(broken).toMatchObject({
      status: 500,
      message: expect.stringContaining("breaks GitHub's REST description: /state must be equal to one of")
    })
    expect(stub.violations.length).toBeGreaterThan(0)
    expect(new Set(stub.violations.map(violation => JSON.stringify(violation)))).toEqual(
      new Set([
        JSON.stringify({
          route: 'PATCH /repos/acme/models/pulls/8',
          kind: 'response',
          problems: ['/state must be equal to one of the allowed values']
        })
      ])
    )
    stub.violations.length = 0
  })

  it('a request GitHub would refuse is answered 422 and kept; an unknown query parameter is kept', async () => {
    expect(requestBodyProblems('POST', '/repos/{owner}/{repo}/issues', { body: 'no title' })).toEqual([
      "(the body) must have required property 'title'"
    ])
    stub.deployments.length = 0
    const deployment = await drive('POST /repos/{owner}/{repo}/deployments', { ref: 'main' })
    const id = (deployment.data as { id: number }).id
    const refused = await drive('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      deployment_id: id,
      state: 'done'
    })
    expect(refused.status).toBe(422)
    await drive('GET /repos/{owner}/{repo}/deployments', { sha: 'main', page_size: 5 })
    expect(stub.violations).toEqual([
      expect.objectContaining({
        kind: 'request',
        problems: [expect.stringContaining('/state must be equal to one of the allowed values')]
      }),
      expect.objectContaining({ kind: 'request', problems: [expect.stringContaining("'page_size'")] })
    ])
    stub.violations.length = 0
  })
})

describe('faults stay as asked, outside the contract', () => {
  it('garbage, an error status, and both rate limits, which the product’s client waits out', async () => {
    stub.faults.push({ route: /^GET \/user$/, answer: 'garbage', times: 1 })
    expect((await octokit.request('GET /user')).data).toBe('<html><body>502 Bad Gateway</body></html>')
    stub.faults.push({ route: /^GET \/user$/, answer: { status: 404, message: 'Not Found' }, times: 1 })
    await expect(octokit.request('GET /user')).rejects.toMatchObject({ status: 404 })

    stub.tokenUser = 'release-bot'
    for (const answer of ['rate-limit', 'secondary-rate-limit'] as const) {
      stub.requests.length = 0
      stub.faults.push({ route: /^GET \/user$/, answer, times: 1 })
      expect((await octokit.request('GET /user')).data).toMatchObject({ login: 'release-bot' })
      expect(stub.routes()).toEqual(['GET /user', 'GET /user'])
    }
  })
})
