import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { endToEndFixture } from '../helpers/example-repo.js'
import { createRepo, git, GIT_ENV, type TestRepo } from '../helpers/repo.js'
import { runAction } from '../helpers/run-action.js'
import { runCli, runCliWith } from '../helpers/run-cli.js'

const fixture = endToEndFixture()

/** dev → staging → canary (exclusive, its own check, an environment) → production (exclusive, 24 h soak). */
const PIPELINE = `version: 1
stages:
  - name: dev
  - name: staging
  - name: canary
    exclusive: true
    validate: test "$MODEL_TARGET_STAGE" = canary && echo "canary check of $MODEL_VERSION"
    environment: canary
  - name: production
    exclusive: true
    soak: 24h       # a day in canary first
    environment: production
defaults:
  validate: echo "validating $MODEL_VERSION from $MODEL_STAGE for $MODEL_TARGET_STAGE"
models:
  churn:
    versions:
      "1.0.0":
        stage: production
        uri: s3://models/churn/1.0.0
      "2.0.0":
        stage: canary
        uri: s3://models/churn/2.0.0
      "3.0.0":
        stage: dev
        uri: s3://models/churn/3.0.0
`

const THREE_DAYS_AGO = new Date(Date.now() - 3 * 86_400_000).toISOString()

/** The pipeline manifest, committed three days ago: 2.0.0 has soaked in canary long enough. */
function pipelineRepo(): TestRepo {
  const repo = fixture.use(createRepo(PIPELINE))
  execFileSync('git', ['commit', '--quiet', '--amend', '--no-edit', `--date=${THREE_DAYS_AGO}`], {
    cwd: repo.work,
    env: { ...process.env, ...GIT_ENV, GIT_COMMITTER_DATE: THREE_DAYS_AGO }
  })
  git(repo.work, 'push', '--quiet', '--force', 'origin', 'HEAD:main')
  return repo
}

const promote = (inputs: Record<string, string> = {}) => ({
  command: 'promote',
  model: 'churn',
  mode: 'commit',
  ...inputs
})

function originState(repo: TestRepo) {
  return { file: repo.originFile(), main: git(repo.origin, 'rev-parse', 'main') }
}

describe('a four-stage pipeline through dist/index.js', () => {
  it('promotes through each stage; canary archives its occupant; production waits for the soak unless forced', async () => {
    const repo = pipelineRepo()
    const api = fixture.stub

    const toStaging = await runAction({
      cwd: repo.work,
      inputs: promote({ version: '3.0.0' }),
      apiUrl: api.url
    })
    expect(toStaging.exitCode).toBe(0)
    expect(toStaging.outputs).toMatchObject({ 'previous-stage': 'dev', stage: 'staging', archived: '[]' })
    expect(toStaging.stdout).toContain('validating 3.0.0 from dev for staging')
    expect(git(repo.origin, 'log', '-1', '--format=%s', 'main')).toBe('churn: promote 3.0.0 to staging')
    expect(api.deployments).toEqual([])

    const toCanary = await runAction({
      cwd: repo.work,
      inputs: promote({ version: '3.0.0' }),
      apiUrl: api.url
    })
    expect(toCanary.exitCode).toBe(0)
    expect(toCanary.stdout).toContain('canary check of 3.0.0')
    expect(toCanary.outputs).toMatchObject({
      stage: 'canary',
      archived: '["2.0.0"]',
      'production-version': '1.0.0'
    })
    const canarySha = toCanary.outputs['commit-sha']
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(canarySha)
    expect(repo.originFile()).toMatch(/"2\.0\.0":\n {8}stage: archived\n/)
    expect(api.deployments).toEqual([
      expect.objectContaining({
        sha: canarySha,
        environment: 'canary',
        payload: { model: 'churn', version: '3.0.0', uri: 's3://models/churn/3.0.0' },
        statuses: [
          expect.objectContaining({ state: 'success', log_url: expect.stringContaining('/runs/4242') })
        ]
      })
    ])
    expect(JSON.parse(toCanary.outputs.deployments ?? '[]')).toEqual([
      expect.objectContaining({ environment: 'canary', model: 'churn', version: '3.0.0', created: true })
    ])

    // 3.0.0 entered canary a moment ago: production's 24 h soak refuses it, and nothing is written.
    const before = originState(repo)
    const early = await runAction({ cwd: repo.work, inputs: promote(), apiUrl: api.url })
    expect(early.exitCode).not.toBe(0)
    expect(early.stdout).toMatch(
      /churn 3\.0\.0 may not enter production yet: 3\.0\.0 entered canary \d+s ago \(commit [0-9a-f]{7}\): (23h 59m|1d) of the 24h soak before production remain/
    )
    expect(originState(repo)).toEqual(before)

    const noReason = await runAction({ cwd: repo.work, inputs: promote({ force: 'true' }), apiUrl: api.url })
    expect(noReason.exitCode).not.toBe(0)
    expect(noReason.stdout).toContain('input force needs input reason')
    expect(originState(repo)).toEqual(before)

    const forced = await runAction({
      cwd: repo.work,
      inputs: promote({ force: 'true', reason: 'incident 42: the canary fixes the outage' }),
      apiUrl: api.url
    })
    expect(forced.exitCode).toBe(0)
    expect(forced.outputs).toMatchObject({
      stage: 'production',
      archived: '["1.0.0"]',
      'production-version': '3.0.0',
      override: 'incident 42: the canary fixes the outage'
    })
    const message = git(repo.origin, 'log', '-1', '--format=%B', 'main')
    expect(message).toMatch(/^churn: promote 3\.0\.0 to production \(archives 1\.0\.0\)\n/)
    expect(message).toContain(
      'Override: incident 42: the canary fixes the outage\n  overrode soak: 3.0.0 entered canary'
    )
    expect(
      git(repo.origin, 'log', '-1', '--format=%(trailers:key=Model-Stage-Override,valueonly)', 'main').trim()
    ).toBe('incident 42: the canary fixes the outage')
    expect(forced.summary).toContain('**⚠️ Override**')
    expect(
      api.deployments.map(d => `${d.environment} ${(d.payload as { version: string }).version}`)
    ).toEqual(['canary 3.0.0', 'production 3.0.0'])
  })

  it('a version that has soaked long enough is promoted without force, and its deployment recorded', async () => {
    const repo = pipelineRepo()
    const run = await runAction({ cwd: repo.work, inputs: promote(), apiUrl: fixture.stub.url })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ version: '2.0.0', 'previous-stage': 'canary', stage: 'production' })
    expect(run.outputs.override).toBeUndefined()
    expect(fixture.stub.deployments).toEqual([
      expect.objectContaining({ environment: 'production', sha: run.outputs['commit-sha'] })
    ])
  })

  it('a merged promotion pull request is deployed by changes on push, once however often it runs', async () => {
    const repo = pipelineRepo()
    const soaked = await runAction({
      cwd: repo.work,
      inputs: promote({ mode: 'pull-request', force: 'true', reason: 'not needed' }),
      apiUrl: fixture.stub.url
    })
    // 2.0.0 has soaked: force had nothing to override, so nothing is recorded as one.
    expect(soaked.exitCode).toBe(0)
    expect(soaked.outputs.override).toBeUndefined()
    expect(fixture.stub.pulls[0]?.body).not.toContain('Override')
    expect(git(repo.origin, 'log', '-1', '--format=%B', 'model-stages/churn')).not.toContain(
      'Model-Stage-Override'
    )

    await runAction({
      cwd: repo.work,
      inputs: promote({ version: '3.0.0', to: 'canary' }),
      apiUrl: fixture.stub.url
    })
    fixture.stub.deployments.length = 0
    git(repo.work, 'pull', '--quiet', 'origin', 'main')
    const proposed = await runAction({
      cwd: repo.work,
      inputs: promote({ mode: 'pull-request', force: 'true', reason: 'approved in the release meeting' }),
      apiUrl: fixture.stub.url
    })
    expect(proposed.exitCode).toBe(0)
    expect(proposed.outputs).toMatchObject({ version: '3.0.0', override: 'approved in the release meeting' })
    expect(fixture.stub.pulls[0]?.body).toContain(
      '**⚠️ Override** (recorded as a `Model-Stage-Override` trailer): `approved in the release meeting`'
    )
    expect(fixture.stub.deployments).toEqual([])
    const before = git(repo.origin, 'rev-parse', 'main')
    git(repo.origin, 'update-ref', 'refs/heads/main', 'refs/heads/model-stages/churn')
    const after = git(repo.origin, 'rev-parse', 'main')
    git(repo.work, 'pull', '--quiet', 'origin', 'main')
    const push = { before, after, repository: { default_branch: 'main' } }
    const pullRequest = (fork: boolean) => ({
      action: 'synchronize',
      before,
      after,
      pull_request: {
        number: 5,
        base: { ref: 'main', sha: before, repo: { full_name: 'acme/models' } },
        head: { sha: after, repo: { full_name: fork ? 'evil/models' : 'acme/models' } }
      },
      repository: { default_branch: 'main' }
    })
    // Nothing but a push to the base branch lands a change: no deployment from any other event.
    for (const notLanding of [
      { eventName: 'pull_request', event: pullRequest(false), ref: 'refs/pull/5/merge' },
      { eventName: 'pull_request_target', event: pullRequest(true), ref: 'refs/heads/main' },
      { eventName: 'push', event: push, ref: 'refs/heads/feature' }
    ]) {
      const run = await runAction({
        cwd: repo.work,
        inputs: { command: 'changes', model: 'churn' },
        apiUrl: fixture.stub.url,
        ...notLanding
      })
      expect({ event: notLanding.eventName, exitCode: run.exitCode }).toEqual({
        event: notLanding.eventName,
        exitCode: 0
      })
      expect(run.outputs.deployments).toBeUndefined()
      expect(run.stdout).toContain('No deployment is recorded')
      expect(fixture.stub.deployments).toEqual([])
    }
    for (const round of [1, 2]) {
      const run = await runAction({
        cwd: repo.work,
        inputs: { command: 'changes', model: 'churn' },
        eventName: 'push',
        event: push,
        apiUrl: fixture.stub.url
      })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['production-changed']).toBe('true')
      expect(JSON.parse(run.outputs.deployments ?? '[]')).toEqual([
        expect.objectContaining({ environment: 'production', version: '3.0.0', created: round === 1 })
      ])
    }
    expect(fixture.stub.deployments).toHaveLength(1)
  })

  it('check on a pull request refuses a soak bypass, and lists the override that allows it in its comment', async () => {
    const repo = pipelineRepo()
    expect(
      (await runCli(repo.work, 'promote', 'churn', '3.0.0', '--to', 'canary', '--commit')).exitCode
    ).toBe(0)
    git(repo.work, 'push', '--quiet', 'origin', 'HEAD:main')
    const base = git(repo.work, 'rev-parse', 'HEAD')
    git(repo.work, 'checkout', '--quiet', '-b', 'feature')
    fixture.stub.addPullRequest(9, 'feature')
    repo.write(
      repo
        .read()
        .replace('stage: production\n', 'stage: archived\n')
        .replace(/("3\.0\.0":\n {8}stage: )canary/, '$1production')
    )
    const check = async (message: string) => {
      git(repo.work, 'commit', '--quiet', '-am', message)
      const head = git(repo.work, 'rev-parse', 'HEAD')
      return runAction({
        cwd: repo.work,
        inputs: { command: 'check' },
        apiUrl: fixture.stub.url,
        eventName: 'pull_request',
        ref: 'refs/pull/9/merge',
        event: {
          pull_request: { number: 9, base: { ref: 'main', sha: base }, head: { sha: head } },
          repository: { default_branch: 'main' }
        }
      })
    }
    const refused = await check('Promote 3.0.0 by hand')
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(
      /::error title=model-stages,file=model-stages\.yaml,line=\d+,col=\d+::churn 3\.0\.0: 3\.0\.0 may not enter production yet: /
    )
    repo.write(
      repo
        .read()
        .replace('soak: 24h       # a day in canary first', 'soak: 24h       # a day in canary, or a reason')
    )
    const allowed = await check('Note the override\n\nModel-Stage-Override: the incident needs the fix now')
    expect(allowed.exitCode).toBe(0)
    const comment = fixture.stub.comments[0]?.body ?? ''
    expect(comment).toMatch(
      /\| churn \| `3\.0\.0` \| canary → production \| ✅ promote ⚠️ overrode soak: 3\.0\.0 entered canary/
    )
    expect(comment).toContain('**⚠️ Overrides** (`Model-Stage-Override` trailers) in this pull request:')
    expect(comment).toContain('`the incident needs the fix now`')
    expect(allowed.summary).toContain('the incident needs the fix now')
  })

  it('a refused deployment says what landed and which permission is missing', async () => {
    const repo = pipelineRepo()
    fixture.stub.faults.push({
      route: /^POST .*\/deployments$/,
      answer: { status: 403, message: 'Resource not accessible by integration' }
    })
    const run = await runAction({ cwd: repo.work, inputs: promote(), apiUrl: fixture.stub.url })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('the token needs `deployments: write`')
    expect(run.stdout).toMatch(/The change itself landed: commit [0-9a-f]{40} is on main/)
  })
})

describe('deployments under API faults', () => {
  /** GitHub fails for as long as the retries last: one call, then its retry. */
  const failing = (route: RegExp) => ({ route, answer: { status: 502, message: 'Bad Gateway' }, times: 2 })
  const quickRetries = { MODEL_STAGES_API_RETRIES: '1', MODEL_STAGES_API_RETRY_DELAY: '0.05' }

  it.each([
    ['creating the deployment', /^POST .*\/deployments$/],
    ['marking it successful', /^POST .*\/deployments\/\d+\/statuses$/]
  ])(
    'a fault %s after the push: the outputs say what landed, and a re-run of the job finishes the record',
    async (_, route) => {
      const repo = pipelineRepo()
      fixture.stub.faults.push(failing(route))
      const failed = await runAction({
        cwd: repo.work,
        inputs: promote(),
        apiUrl: fixture.stub.url,
        env: quickRetries
      })
      const landed = git(repo.origin, 'rev-parse', 'main')
      expect(failed.exitCode).toBe(1)
      expect(failed.outputs.changed).toBe('true')
      expect(failed.outputs['commit-sha']).toBe(landed)
      expect(failed.outputs['production-version']).toBe('2.0.0')
      // Asked without a version, a run would choose the next candidate: the version is named.
      expect(failed.stdout).toContain(
        `The change itself landed: commit ${landed} is on main. Run the job again with version 2.0.0`
      )
      expect(failed.summary).toContain('**Deployment not recorded**')
      expect(fixture.stub.deployments.flatMap(d => d.statuses)).toEqual([])

      const again = promote({ version: '2.0.0' })
      const rerun = await runAction({ cwd: repo.work, inputs: again, apiUrl: fixture.stub.url })
      expect(rerun.exitCode).toBe(0)
      expect(rerun.outputs.changed).toBe('false')
      expect(git(repo.origin, 'rev-parse', 'main')).toBe(landed)
      expect(fixture.stub.deployments).toEqual([
        expect.objectContaining({
          sha: landed,
          environment: 'production',
          payload: { model: 'churn', version: '2.0.0', uri: 's3://models/churn/2.0.0' },
          statuses: [expect.objectContaining({ state: 'success' })]
        })
      ])
      expect(JSON.parse(rerun.outputs.deployments ?? '[]')).toEqual([
        expect.objectContaining({ version: '2.0.0', environment: 'production', completed: true })
      ])

      // Once complete, a further run reads it and writes nothing to GitHub.
      const writes = () => fixture.stub.requests.filter(r => r.method !== 'GET').length
      const before = writes()
      const third = await runAction({ cwd: repo.work, inputs: again, apiUrl: fixture.stub.url })
      expect(third.exitCode).toBe(0)
      expect(writes()).toBe(before)
      expect(fixture.stub.deployments[0]?.statuses).toHaveLength(1)
    }
  )

  it('a shallow checkout re-run finds the commit that landed the version, and records it there', async () => {
    const repo = pipelineRepo()
    fixture.stub.faults.push(failing(/^POST .*\/deployments$/))
    const inputs = promote({ version: '2.0.0' })
    const failed = await runAction({ cwd: repo.work, inputs, apiUrl: fixture.stub.url, env: quickRetries })
    expect(failed.exitCode).toBe(1)
    expect(failed.stdout).toContain('is on main. Re-run the job once the cause is fixed: 2.0.0 is already in')
    const landed = git(repo.origin, 'rev-parse', 'main')
    // A later push on main that moves nothing in production: the landing commit is no longer the tip.
    git(repo.work, 'pull', '--quiet', 'origin', 'main')
    repo.write(repo.read().replace('# a day in canary first', '# a day in canary, first'))
    git(repo.work, 'commit', '--quiet', '-am', 'Reword a comment')
    git(repo.work, 'push', '--quiet', 'origin', 'HEAD:main')
    const shallow = path.join(path.dirname(repo.work), 'shallow')
    execFileSync('git', ['clone', '--quiet', '--depth=1', `file://${repo.origin}`, shallow])
    const rerun = await runAction({ cwd: shallow, inputs, apiUrl: fixture.stub.url })
    expect(rerun.exitCode).toBe(0)
    expect(fixture.stub.deployments.map(d => [d.sha, d.statuses.map(s => s.state)])).toEqual([
      [landed, ['success']]
    ])
  })

  it('changes run again on the same push completes a deployment left without a status', async () => {
    const repo = pipelineRepo()
    const before = git(repo.work, 'rev-parse', 'HEAD')
    expect((await runCli(repo.work, 'promote', 'churn', '--commit')).exitCode).toBe(0)
    git(repo.work, 'push', '--quiet', 'origin', 'HEAD:main')
    const after = git(repo.work, 'rev-parse', 'HEAD')
    const push = { eventName: 'push', event: { before, after, repository: { default_branch: 'main' } } }
    fixture.stub.faults.push(failing(/^POST .*\/statuses$/))
    const inputs = { command: 'changes', model: 'churn' }
    const failed = await runAction({
      cwd: repo.work,
      inputs,
      apiUrl: fixture.stub.url,
      env: quickRetries,
      ...push
    })
    expect(failed.exitCode).toBe(1)
    expect(failed.outputs['production-changed']).toBe('true')
    expect(failed.stdout).toContain('re-run the job')
    const rerun = await runAction({ cwd: repo.work, inputs, apiUrl: fixture.stub.url, ...push })
    expect(rerun.exitCode).toBe(0)
    expect(fixture.stub.deployments.map(d => [d.sha, d.statuses.map(s => s.state)])).toEqual([
      [after, ['success']]
    ])
  })
})

describe('a four-stage pipeline through the CLI', () => {
  /** The CLI with git's clock set: the commit it makes is dated `date`, whatever the time is. */
  const datedCli = (repo: TestRepo, date: string, ...args: string[]) =>
    runCliWith(
      { PATH: process.env.PATH ?? '', ...GIT_ENV, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
      repo.work,
      ...args
    )

  it('soak believes no commit date: one dated a year ahead is refused, naming it (force passes it)', async () => {
    const repo = pipelineRepo()
    expect((await runCli(repo.work, 'promote', 'churn', '3.0.0', '--commit')).exitCode).toBe(0)
    const ahead = `@${Math.floor(Date.now() / 1000) + 365 * 86_400} +0000`
    expect((await datedCli(repo, ahead, 'promote', 'churn', '3.0.0', '--commit')).exitCode).toBe(0)
    const commit = git(repo.work, 'rev-parse', '--short=7', 'HEAD')
    const before = repo.read()
    const refused = await runCli(repo.work, 'promote', 'churn')
    expect(refused.exitCode).toBe(1)
    expect(refused.stderr).toMatch(
      new RegExp(
        `3\\.0\\.0 entered canary in commit ${commit}, dated \\d{4}-[^:]+:\\d\\d:\\d\\d[^ ]*: later than now`
      )
    )
    expect(repo.read()).toBe(before)
    const forced = await runCli(
      repo.work,
      'promote',
      'churn',
      '--force',
      '--reason',
      'the clock was wrong',
      '--commit'
    )
    expect(forced.exitCode).toBe(0)
  })

  it('soak counts a backdated commit from the one before it on the first-parent line', async () => {
    const repo = pipelineRepo()
    expect((await runCli(repo.work, 'promote', 'churn', '3.0.0', '--commit')).exitCode).toBe(0)
    expect((await datedCli(repo, '@86400 +0000', 'promote', 'churn', '3.0.0', '--commit')).exitCode).toBe(0)
    const early = await runCli(repo.work, 'promote', 'churn')
    expect(early.exitCode).toBe(1)
    expect(early.stderr).toMatch(
      /3\.0\.0 entered canary \d+s ago \(commit [0-9a-f]{7}\): (23h 59m|1d) of the 24h soak/
    )
  })

  it('promote, soak refusal, forced promotion with its trailer, status and check speak the declared stages', async () => {
    const repo = pipelineRepo()
    const cli = (...args: string[]) => runCli(repo.work, ...args)

    const staged = await cli('promote', 'churn', '3.0.0', '--commit')
    expect(staged.exitCode).toBe(0)
    expect(staged.stdout).toContain('churn: promote 3.0.0 to staging\n  churn@3.0.0 dev -> staging')
    const canary = await cli('promote', 'churn', '3.0.0', '--commit', '--json')
    expect(JSON.parse(canary.stdout)).toMatchObject({
      transitions: [
        { version: '3.0.0', from: 'staging', to: 'canary', cause: 'requested' },
        { version: '2.0.0', from: 'canary', to: 'archived', cause: 'replaced' }
      ],
      validation: 'passed'
    })

    const status = await cli('status')
    expect(status.stdout.split('\n').slice(0, 2)).toEqual([
      'MODEL  PRODUCTION  CANDIDATE  DEV  STAGING  CANARY  ARCHIVED',
      'churn  1.0.0       -          0    0        3.0.0   1'
    ])

    const before = repo.read()
    const early = await cli('promote', 'churn')
    expect(early.exitCode).toBe(1)
    expect(early.stderr).toMatch(
      /3\.0\.0 entered canary \d+s ago \(commit [0-9a-f]{7}\): (23h 59m|1d) of the 24h soak/
    )
    expect(repo.read()).toBe(before)
    const bare = await cli('promote', 'churn', '--force')
    expect(bare.exitCode).toBe(2)
    expect(bare.stderr).toContain('--force needs --reason')
    const stray = await cli('archive', 'churn', '2.0.0', '--force', '--reason', 'x')
    expect(stray.exitCode).toBe(2)
    expect(stray.stderr).toContain('unknown option --force')
    const typo = await cli('promote', 'churn', '--to', 'canery')
    expect(typo.exitCode).toBe(2)
    expect(typo.stderr).toContain(
      '--to takes one of dev, staging, canary, production, archived, not "canery": did you mean canary?'
    )

    const forced = await cli('promote', 'churn', '--force', '--reason', 'on-call approved', '--commit')
    expect(forced.exitCode).toBe(0)
    expect(forced.stdout).toContain('Override: on-call approved\n  overrode soak: 3.0.0 entered canary')
    expect(
      git(repo.work, 'log', '-1', '--format=%(trailers:key=Model-Stage-Override,valueonly)').trim()
    ).toBe('on-call approved')
  })

  it('check refuses a hand edit that skips the soak, and accepts it with an override trailer, listed', async () => {
    const repo = pipelineRepo()
    const cli = (...args: string[]) => runCli(repo.work, ...args)
    expect((await cli('promote', 'churn', '3.0.0', '--to', 'canary', '--commit')).exitCode).toBe(0)
    const edited = repo
      .read()
      .replace('stage: production\n', 'stage: archived\n')
      .replace(/("3\.0\.0":\n {8}stage: )canary/, '$1production')
    repo.write(edited)
    const refused = await cli('check')
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(
      /churn@3\.0\.0 canary -> production: refused: 3\.0\.0 may not enter production yet: .*Model-Stage-Override: <reason> trailer/
    )
    git(
      repo.work,
      'commit',
      '--quiet',
      '-am',
      'Hand promotion\n\nModel-Stage-Override: rollout approved by the on-call lead'
    )
    const accepted = await cli('check', '--base', 'HEAD~1', '--json')
    const result = JSON.parse(accepted.stdout) as {
      passed: boolean
      overrides: Array<{ reason: string }>
      changes: Array<{ version: string; overridden?: string[] }>
    }
    expect(accepted.exitCode).toBe(0)
    expect(result.passed).toBe(true)
    expect(result.overrides).toEqual([
      expect.objectContaining({ reason: 'rollout approved by the on-call lead' })
    ])
    expect(result.changes.find(change => change.version === '3.0.0')?.overridden?.[0]).toMatch(
      /^soak: 3\.0\.0 entered canary/
    )
  })
})
