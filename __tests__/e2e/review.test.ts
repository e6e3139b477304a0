import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { endToEndFixture } from '../helpers/example-repo.js'
import { EXAMPLE_MANIFEST } from '../helpers/fixtures.js'
import { createRepo, git, type TestRepo } from '../helpers/repo.js'
import { runAction, type ActionRunOptions } from '../helpers/run-action.js'

const fixture = endToEndFixture()
const exampleRepo = (validate: string) => fixture.exampleRepo(validate)

/**
 * Puts `edit` of the manifest on a pull request branch and checks it out, as actions/checkout does for a PR; the
 * pull request (#7) is open on the stub.
 */
function openPullRequest(
  target: TestRepo,
  change: ((manifest: string) => string) | { file: string; content: string }
): Pick<ActionRunOptions, 'event' | 'eventName' | 'ref'> {
  const base = git(target.work, 'rev-parse', 'HEAD')
  git(target.work, 'checkout', '--quiet', '-b', 'feature')
  if (typeof change === 'function') target.write(change(target.read()))
  else target.write(change.content, change.file)
  git(target.work, 'add', '-A')
  git(target.work, 'commit', '--quiet', '-m', 'Change on a branch')
  const head = git(target.work, 'rev-parse', 'HEAD')
  fixture.stub.addPullRequest(7, 'feature')
  return {
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    event: {
      pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { sha: head } },
      repository: { default_branch: 'main' }
    }
  }
}

const promoteByHand = (text: string) =>
  text
    .replace('stage: production          #', 'stage: archived            #')
    .replace(
      'stage: staging\n        uri: artifacts/churn-classifier/1.5.0',
      'stage: production\n        uri: artifacts/churn-classifier/1.5.0'
    )

/** The action's check command on the pull request's checkout. */
const runCheck = (target: TestRepo, pull: Pick<ActionRunOptions, 'event' | 'eventName' | 'ref'>) =>
  runAction({ cwd: target.work, inputs: { command: 'check' }, apiUrl: fixture.stub.url, ...pull })

describe('check: review of stage changes in a pull request', () => {
  it('a legal promotion: validated, one comment created, then updated in place on the next run', async () => {
    const target = exampleRepo('echo "validated $MODEL_NAME $MODEL_VERSION from $MODEL_STAGE"')
    const pull = openPullRequest(target, promoteByHand)
    const first = await runCheck(target, pull)
    expect(first.exitCode).toBe(0)
    expect(first.outputs.validation).toBe('passed')
    expect(first.stdout).toContain('validated churn-classifier 1.5.0 from staging')
    expect(fixture.stub.comments).toHaveLength(1)
    const comment = fixture.stub.comments[0]?.body ?? ''
    expect(comment).toContain('<!-- model-stages:check model-stages.yaml -->')
    expect(comment).toContain('| churn-classifier | `1.4.0` | production → archived | ✅ archive | — |')
    expect(comment).toContain(
      '| churn-classifier | `1.5.0` | staging → production | ✅ promote | ✅ passed |'
    )
    expect(first.summary).toContain(
      '| churn-classifier | `1.5.0` | staging → production | ✅ promote | ✅ passed |'
    )

    const second = await runCheck(target, pull)
    expect(second.exitCode).toBe(0)
    expect(fixture.stub.comments).toHaveLength(1)
    expect(fixture.stub.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/models/issues/7/comments',
      'POST /repos/acme/models/issues/7/comments',
      'GET /repos/acme/models/issues/7/comments',
      'GET /user',
      `PATCH /repos/acme/models/issues/comments/${fixture.stub.comments[0]?.id}`
    ])
  })

  it("the review comment is the bot's own: another user's comment with the marker is never edited", async () => {
    const target = exampleRepo('true')
    const pull = openPullRequest(target, promoteByHand)
    const quoted = '> <!-- model-stages:check model-stages.yaml -->\n> quoting the bot, as a reviewer may'
    const theirs = fixture.stub.addComment(7, quoted, 'a-reviewer')
    expect((await runCheck(target, pull)).exitCode).toBe(0)
    expect(fixture.stub.comments.find(c => c.id === theirs)?.body).toBe(quoted)
    const own = fixture.stub.comments.filter(c => c.id !== theirs)
    expect(own).toHaveLength(1)
    expect(own[0]?.login).toBe('github-actions[bot]')
    // The next run finds its own comment by the marker and its author, and edits that one alone.
    expect((await runCheck(target, pull)).exitCode).toBe(0)
    expect(fixture.stub.comments).toHaveLength(2)
    expect(fixture.stub.comments.find(c => c.id === theirs)?.body).toBe(quoted)
    expect(fixture.stub.requests.filter(r => r.method === 'PATCH').map(r => r.path)).toEqual([
      `/repos/acme/models/issues/comments/${own[0]?.id}`
    ])
  })

  it('its own comment is found past the first hundred, among other users’ comments that quote the marker', async () => {
    const target = exampleRepo('true')
    const pull = openPullRequest(target, promoteByHand)
    const marker = '<!-- model-stages:check model-stages.yaml -->'
    const others = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => {
        const body =
          (from + index) % 7 === 0 ? `> ${marker}\n> quoted by a reviewer` : `comment ${from + index}`
        return fixture.stub.addComment(7, body, `reviewer-${(from + index) % 3}`)
      })
    others(0, 110)
    const own = fixture.stub.addComment(7, `${marker}\nan earlier review`, 'github-actions[bot]')
    others(110, 15)
    const before = new Map(fixture.stub.comments.map(comment => [comment.id, comment.body]))

    expect((await runCheck(target, pull)).exitCode).toBe(0)
    expect(fixture.stub.comments).toHaveLength(126)
    expect(fixture.stub.comments.find(comment => comment.id === own)?.body).toContain(
      '| churn-classifier | `1.5.0` | staging → production | ✅ promote | ✅ passed |'
    )
    for (const comment of fixture.stub.comments.filter(comment => comment.id !== own))
      expect(comment.body).toBe(before.get(comment.id))
    // Two pages of 100, read through GitHub's Link header, who the token is, then the one edit.
    expect(fixture.stub.routes()).toEqual([
      'GET /repos/acme/models/issues/7/comments',
      'GET /repos/acme/models/issues/7/comments',
      'GET /user',
      `PATCH /repos/acme/models/issues/comments/${own}`
    ])
    expect(fixture.stub.requests.map(request => request.query.page ?? '1').slice(0, 2)).toEqual(['1', '2'])
  })

  it("with a GitHub App's token (no GET /user), the App's own earlier comment is updated, not duplicated", async () => {
    const target = exampleRepo('true')
    const pull = openPullRequest(target, promoteByHand)
    const earlier = fixture.stub.addComment(
      7,
      '<!-- model-stages:check model-stages.yaml -->\nold',
      'release-app[bot]'
    )
    fixture.stub.addComment(7, '> <!-- model-stages:check model-stages.yaml -->', 'a-reviewer')
    expect((await runCheck(target, pull)).exitCode).toBe(0)
    expect(fixture.stub.comments).toHaveLength(2)
    expect(fixture.stub.comments.find(c => c.id === earlier)?.body).not.toContain('old')
    expect(fixture.stub.comments.find(c => c.login === 'a-reviewer')?.body).toBe(
      '> <!-- model-stages:check model-stages.yaml -->'
    )
  })

  it('with a personal access token, the comment is the token user’s own', async () => {
    fixture.stub.tokenUser = 'release-bot'
    const target = exampleRepo('true')
    const pull = openPullRequest(target, promoteByHand)
    fixture.stub.addComment(7, '<!-- model-stages:check model-stages.yaml -->\nold', 'github-actions[bot]')
    expect((await runCheck(target, pull)).exitCode).toBe(0)
    expect(fixture.stub.comments.map(c => c.login)).toEqual(['github-actions[bot]', 'release-bot'])
    expect(fixture.stub.comments[0]?.body).toContain('old')
  })

  it('an illegal hand edit: an annotation at the line in the head, and the check fails', async () => {
    const target = exampleRepo('true')
    const pull = openPullRequest(target, text =>
      text.replace('stage: production          #', 'stage: staging             #')
    )
    const run = await runCheck(target, pull)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      '::error title=model-stages,file=model-stages.yaml,line=17,col=16::churn-classifier 1.4.0: production → staging is not allowed'
    )
    expect(fixture.stub.comments[0]?.body).toContain('❌ refused: production → staging is not allowed')
    expect(fixture.stub.comments[0]?.body).toContain('cannot be merged as it is')
  })

  it('two versions in production and a deleted version are refused at their lines', async () => {
    const target = exampleRepo('true')
    const pull = openPullRequest(target, text =>
      text
        .replace(
          'stage: staging\n        uri: artifacts/churn-classifier/1.5.0',
          'stage: production\n        uri: artifacts/churn-classifier/1.5.0'
        )
        .replace(
          '      "1.3.0":\n        stage: archived\n        uri: artifacts/churn-classifier/1.3.0\n',
          ''
        )
    )
    const run = await runCheck(target, pull)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      'file=model-stages.yaml,line=20,col=16::model churn-classifier has 2 versions in production'
    )
    expect(run.stdout).toContain(
      'churn-classifier 1.3.0: archived → removed is not allowed (versions are archived, never deleted'
    )
  })

  it('a failed validation in review fails the check and shows the output tail', async () => {
    const target = exampleRepo('echo "auc 0.70 below 0.85"; exit 2')
    const pull = openPullRequest(target, promoteByHand)
    const run = await runCheck(target, pull)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.validation).toBe('failed')
    expect(run.stdout).toContain(
      'file=model-stages.yaml,line=23,col=16::churn-classifier 1.5.0: validation failed'
    )
    expect(fixture.stub.comments[0]?.body).toContain('| ❌ failed (exit 2) |')
    expect(fixture.stub.comments[0]?.body).toContain('auc 0.70 below 0.85')
  })

  it('without write access to the pull request (a fork), the review still runs and lands in the summary', async () => {
    const target = exampleRepo('true')
    const pull = openPullRequest(target, promoteByHand)
    fixture.stub.faults.push({
      route: /^POST .*\/comments$/,
      answer: { status: 403, message: 'Resource not accessible by integration' }
    })
    const run = await runCheck(target, pull)
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(
      /::warning::GitHub refused to comment on the pull request \(403: .*pull-requests: write/
    )
    expect(run.summary).toContain(
      '| churn-classifier | `1.5.0` | staging → production | ✅ promote | ✅ passed |'
    )
  })

  it('under pull_request_target the head is reviewed from git, and not one of its commands runs', async () => {
    const target = exampleRepo('touch "$MODEL_STAGES_MANIFEST.validated"')
    const pull = openPullRequest(target, text =>
      promoteByHand(text).replace('validate: ', 'validate: touch ../pwned; ')
    )
    git(target.work, 'push', '--quiet', 'origin', 'HEAD:refs/pull/7/head')
    git(target.work, 'checkout', '--quiet', 'main')
    const run = await runCheck(target, { ...pull, eventName: 'pull_request_target', ref: 'refs/heads/main' })
    expect(run.exitCode).toBe(1)
    expect(existsSync(path.join(target.root, 'pwned'))).toBe(false)
    expect(existsSync(path.join(target.work, 'model-stages.yaml.validated'))).toBe(false)
    expect(run.outputs.validation).toBe('skipped')
    expect(run.stdout).toContain(
      '::warning::Validation commands will not run: this is a pull_request_target run'
    )
    const comment = fixture.stub.comments[0]?.body ?? ''
    expect(comment).toContain(
      '| churn-classifier | `1.5.0` | staging → production | ✅ promote | ⚠️ not run |'
    )
    expect(comment).toContain(
      '**Validation was not run** for churn-classifier 1.5.0: this is a pull_request_target run'
    )
    expect(run.stdout).toContain(
      'file=model-stages.yaml,line=23,col=16::churn-classifier 1.5.0: validation not run: this is a pull_request_target run'
    )
  })

  it("a fork's pull request does not run the fork's validation command", async () => {
    const target = exampleRepo('touch "$MODEL_STAGES_MANIFEST.validated"')
    const pull = openPullRequest(target, promoteByHand)
    const event = pull.event as { pull_request: Record<string, Record<string, unknown>> }
    event.pull_request.head = { ...event.pull_request.head, repo: { full_name: 'stranger/models' } }
    event.pull_request.base = { ...event.pull_request.base, repo: { full_name: 'acme/models' } }
    const run = await runCheck(target, pull)
    expect(run.exitCode).toBe(1)
    expect(existsSync(path.join(target.work, 'model-stages.yaml.validated'))).toBe(false)
    expect(run.summary).toContain('the pull request comes from the fork stranger/models')
    expect(run.summary).toContain('| ✅ promote | ⚠️ not run |')
  })

  it('a pull request from a branch of the same repository still runs its validation', async () => {
    const target = exampleRepo('touch "$MODEL_STAGES_MANIFEST.validated"')
    const pull = openPullRequest(target, promoteByHand)
    const event = pull.event as { pull_request: Record<string, Record<string, unknown>> }
    event.pull_request.head = { ...event.pull_request.head, repo: { full_name: 'acme/models' } }
    event.pull_request.base = { ...event.pull_request.base, repo: { full_name: 'acme/models' } }
    const run = await runCheck(target, pull)
    expect(run.exitCode).toBe(0)
    expect(existsSync(path.join(target.work, 'model-stages.yaml.validated'))).toBe(true)
  })

  it('a pull request that adds the manifest takes its stages as the starting point', async () => {
    const target = fixture.use(createRepo('# no stages yet\n', 'README.md'))
    const pull = openPullRequest(target, { file: 'model-stages.yaml', content: EXAMPLE_MANIFEST })
    const run = await runCheck(target, pull)
    expect(run.exitCode).toBe(0)
    expect(fixture.stub.comments[0]?.body).toContain('This pull request adds the manifest')
  })

  it('a pull request that does not touch the manifest passes quietly', async () => {
    const target = exampleRepo('false')
    const pull = openPullRequest(target, { file: 'NOTES.md', content: 'notes\n' })
    const run = await runCheck(target, pull)
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('This pull request does not change model-stages.yaml.')
    expect(run.summary).toContain('This pull request does not change model-stages.yaml.')
    expect(fixture.stub.requests).toEqual([])
  })
})

describe('evaluate, show and history', () => {
  it('evaluate promotes the candidates that pass and reports the ones that fail, without failing the run', async () => {
    const target = exampleRepo('test "$MODEL_NAME" = churn-classifier')
    const run = await runAction({
      cwd: target.work,
      inputs: { command: 'evaluate', mode: 'commit' },
      eventName: 'push'
    })
    expect(run.exitCode).toBe(0)
    const promoted = JSON.parse(run.outputs.promoted ?? '[]') as Array<Record<string, string>>
    expect(promoted).toEqual([
      {
        model: 'churn-classifier',
        version: '1.5.0',
        validation: 'passed',
        commitSha: git(target.origin, 'rev-parse', 'main')
      }
    ])
    expect(JSON.parse(run.outputs.rejected ?? '[]')).toEqual([
      { model: 'ticket-ranker', version: '2024.11.0', validation: 'failed', exitCode: 1 }
    ])
    expect(run.outputs.changed).toBe('true')
    expect(run.stdout).toContain('::warning::ticket-ranker 2024.11.0 stays in staging.')
    expect(git(target.origin, 'log', '--format=%s', '-1', 'main')).toBe(
      'churn-classifier: promote 1.5.0 to production (archives 1.4.0)'
    )
    expect(run.summary).toContain('| ticket-ranker | `2024.11.0` | ❌ failed (exit 1) | stays in staging |')
  })

  it('evaluate in dry-run reports what it would promote and writes nothing', async () => {
    const target = exampleRepo('true')
    const before = git(target.origin, 'rev-parse', 'main')
    const run = await runAction({ cwd: target.work, inputs: { command: 'evaluate', mode: 'dry-run' } })
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.promoted ?? '[]')).toEqual([
      { model: 'churn-classifier', version: '1.5.0', validation: 'passed' },
      { model: 'ticket-ranker', version: '2024.11.0', validation: 'passed' }
    ])
    expect(run.outputs.changed).toBe('true')
    expect(run.summary).toContain('would be promoted (dry run)')
    expect(git(target.origin, 'rev-parse', 'main')).toBe(before)
    expect(target.read()).toBe(target.originFile())
  })

  it('show answers what is in production for a deploy job, and fails clearly when nothing is', async () => {
    const target = exampleRepo('true')
    const run = await runAction({ cwd: target.work, inputs: { command: 'show', model: 'churn-classifier' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      'production-version': '1.4.0',
      'production-uri': 'artifacts/churn-classifier/1.4.0'
    })
    const version = await runAction({
      cwd: target.work,
      inputs: { command: 'show', model: 'churn-classifier', version: '1.5.0' }
    })
    expect(version.outputs).toMatchObject({ stage: 'staging', 'production-version': '1.4.0' })
    target.commit(
      'Archive the live ranker',
      target.read().replace('"2024.10.1": { stage: production', '"2024.10.1": { stage: archived')
    )
    const none = await runAction({ cwd: target.work, inputs: { command: 'show', model: 'ticket-ranker' } })
    expect(none.exitCode).toBe(1)
    expect(none.stdout).toContain('::error::ticket-ranker has nothing in production')
  })

  it('history rebuilds a dozen transitions, a rollback and a hand edit included, from git', async () => {
    const target = fixture.use(
      createRepo('version: 1\nmodels:\n  m:\n    validate: "true"\n    versions: {}\n')
    )
    const shas: string[] = []
    const step = async (inputs: Record<string, string>) => {
      const run = await runAction({ cwd: target.work, inputs: { mode: 'commit', model: 'm', ...inputs } })
      expect(run.exitCode).toBe(0)
      shas.push(run.outputs['commit-sha'] ?? '')
    }
    await step({ command: 'register', version: '1' })
    await step({ command: 'promote', version: '1' })
    await step({ command: 'register', version: '2' })
    await step({ command: 'promote' })
    await step({ command: 'rollback' })
    await step({ command: 'register', version: '3' })
    git(target.work, 'pull', '--quiet', 'origin', 'main')
    shas.push(
      target.commit(
        'Archive 3 by hand (#31)',
        target.read().replace('"3":\n        stage: staging', '"3":\n        stage: archived')
      )
    )
    await step({ command: 'restore', version: '3' })
    await step({ command: 'promote', version: '3' })
    const run = await runAction({ cwd: target.work, inputs: { command: 'history', model: 'm' } })
    expect(run.exitCode).toBe(0)
    const history = (JSON.parse(run.outputs.history ?? '[]') as Array<Record<string, unknown>>).map(
      entry =>
        `${entry.version} ${entry.from} -> ${entry.to} @${shas.indexOf(String(entry.commit))}${entry.pullRequest ? ` #${entry.pullRequest}` : ''}`
    )
    expect(history).toEqual([
      '1 null -> staging @0',
      '1 staging -> production @1',
      '2 null -> staging @2',
      '1 production -> archived @3',
      '2 staging -> production @3',
      '1 archived -> production @4',
      '2 production -> archived @4',
      '3 null -> staging @5',
      '3 staging -> archived @6 #31',
      '3 archived -> staging @7',
      '1 production -> archived @8',
      '3 staging -> production @8'
    ])
    expect(run.summary).toContain('| m | `3` | staging → archived |')
    const authors = JSON.parse(run.outputs.history ?? '[]') as Array<{ author: string }>
    expect(authors[0]?.author).toBe('octo-dev')
  })
})
