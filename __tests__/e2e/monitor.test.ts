import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { endToEndFixture } from '../helpers/example-repo.js'
import { createRepo, git, type TestRepo } from '../helpers/repo.js'
import { runAction } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'

const fixture = endToEndFixture()

/** What the monitor measures of a version: quality-<version>.txt in the checkout, else 0.9. */
const MONITOR_SCRIPT = `#!/bin/sh
echo "monitoring $MODEL_NAME $MODEL_VERSION in $MODEL_STAGE"
printf '{"auc": %s}' "$(cat "quality-$MODEL_VERSION.txt" 2>/dev/null || echo 0.9)" > "$MODEL_METRICS_FILE"
`

function manifest(policy: string, freezes = ''): string {
  return `version: 1
${freezes}defaults:
  validate: echo "validating $MODEL_VERSION" && sh ./monitor.sh
  monitor: sh ./monitor.sh
  gates:
    auc: { min: 0.8, max_regression: 0.01 }
models:
  churn:
${policy}    versions:
      "1.0.0":
        stage: production
        uri: s3://models/churn/1.0.0
`
}

/** churn 1.0.0 was in production, and 2.0.0 replaced it: a rollback brings 1.0.0 back. */
function monitoredRepo(policy = '', freezes = ''): TestRepo {
  const repo = fixture.use(createRepo(manifest(policy, freezes)))
  repo.commit('Add the monitor', MONITOR_SCRIPT, 'monitor.sh')
  repo.commit(
    'churn: promote 2.0.0 to production',
    repo
      .read()
      .replace('stage: production', 'stage: archived')
      .concat('      "2.0.0":\n        stage: production\n        uri: s3://models/churn/2.0.0\n')
  )
  return repo
}

const decays = (repo: TestRepo, value = '0.5') =>
  writeFileSync(path.join(repo.work, 'quality-2.0.0.txt'), value)

const monitor = (repo: TestRepo, run: string, inputs: Record<string, string> = {}) =>
  runAction({
    cwd: repo.work,
    inputs: { command: 'monitor', mode: 'pull-request', ...inputs },
    apiUrl: fixture.stub.url,
    env: { GITHUB_RUN_ID: run }
  })

describe('monitor what is live', () => {
  it('a passing run changes nothing and opens no issue', async () => {
    const repo = monitoredRepo()
    const head = git(repo.origin, 'rev-parse', 'main')
    const run = await monitor(repo, '100')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('monitoring churn 2.0.0 in production')
    expect(fixture.stub.issues).toEqual([])
    expect(fixture.stub.pulls).toEqual([])
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(head)
    expect(fixture.stub.requests.filter(request => request.method !== 'GET')).toEqual([])
  })

  it('report: a failing metric opens one issue, the next failing run updates it, a passing run closes it', async () => {
    const repo = monitoredRepo()
    decays(repo)
    const first = await monitor(repo, '101')
    expect(first.exitCode).toBe(1)
    expect(first.stdout).toContain('auc 0.5 against min 0.8: fails')
    expect(fixture.stub.issues).toHaveLength(1)
    expect(fixture.stub.issues[0]?.body).toContain('1 run in a row')
    // A re-run of the same workflow run is the same failure.
    expect((await monitor(repo, '101')).exitCode).toBe(1)
    expect(fixture.stub.issues[0]?.body).toContain('1 run in a row')
    expect((await monitor(repo, '102')).exitCode).toBe(1)
    expect(fixture.stub.issues).toHaveLength(1)
    expect(fixture.stub.issues[0]?.body).toContain('2 runs in a row')
    expect(fixture.stub.pulls).toEqual([])
    decays(repo, '0.95')
    expect((await monitor(repo, '103')).exitCode).toBe(0)
    expect(fixture.stub.issues[0]?.state).toBe('closed')
    expect(fixture.stub.comments.map(comment => comment.body)).toEqual([
      expect.stringContaining('passes its monitor again')
    ])
  })

  it('rollback: one pull request brings back the previous version, validated, and the issue links it', async () => {
    const repo = monitoredRepo('    on_failure: rollback\n')
    decays(repo)
    const run = await monitor(repo, '200')
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('validating 1.0.0')
    expect(fixture.stub.pulls).toHaveLength(1)
    expect(fixture.stub.pulls[0]).toMatchObject({
      head: 'model-stages/churn',
      title: 'churn: roll back to 1.0.0 (archives 2.0.0)'
    })
    expect(fixture.stub.issues[0]?.body).toMatch(
      /Rolled production back to 1\.0\.0 \(monitor: gate: auc 0\.5 against min 0\.8: fails\): pull request #\d+/
    )
    // Run again for the same failure: the same issue, the same pull request.
    expect((await monitor(repo, '201')).exitCode).toBe(1)
    expect(fixture.stub.pulls).toHaveLength(1)
    expect(fixture.stub.issues).toHaveLength(1)
  })

  it('block: one pull request blocks the failing version and brings back the previous one, citing the check', async () => {
    const repo = monitoredRepo('    on_failure: block\n')
    decays(repo)
    const run = await monitor(repo, '250')
    expect(run.exitCode).toBe(1)
    expect(fixture.stub.pulls).toHaveLength(1)
    expect(fixture.stub.pulls[0]).toMatchObject({
      head: 'model-stages/churn',
      title: 'churn: block 2.0.0 and roll back production to 1.0.0'
    })
    const proposed = git(repo.origin, 'show', 'model-stages/churn:model-stages.yaml')
    expect(proposed).toMatch(
      /"2\.0\.0":\n {8}stage: archived\n {8}uri: \S+\n {8}blocked: "monitor: gate: auc 0\.5 against min 0\.8: fails"/
    )
    expect(git(repo.origin, 'log', '-1', '--format=%B', 'model-stages/churn')).toContain(
      'Model-Stage-Block: churn@2.0.0: monitor: gate: auc 0.5 against min 0.8: fails'
    )
    expect(fixture.stub.issues[0]?.body).toContain('Blocked 2.0.0 and rolled production back to 1.0.0')
  })

  it('a frozen stage is not rolled back unless the window allows the monitor, which then records the override', async () => {
    const now = Date.now()
    const window = (allow: string) =>
      `freezes:\n  - reason: holiday freeze\n    from: "${new Date(now - 3_600_000).toISOString()}"\n` +
      `    to: "${new Date(now + 3_600_000).toISOString()}"\n${allow}`
    const frozen = monitoredRepo('    on_failure: rollback\n', window(''))
    decays(frozen)
    expect((await monitor(frozen, '260')).exitCode).toBe(1)
    expect(fixture.stub.pulls).toEqual([])
    expect(fixture.stub.issues[0]?.body).toContain('Not rolled back: production is frozen until')
    expect(fixture.stub.issues[0]?.body).toContain('holiday freeze')

    const allowed = monitoredRepo('    on_failure: rollback\n', window('    allow_monitor: true\n'))
    decays(allowed)
    expect((await monitor(allowed, '261')).exitCode).toBe(1)
    expect(fixture.stub.pulls).toHaveLength(1)
    expect(git(allowed.origin, 'log', '-1', '--format=%B', 'model-stages/churn')).toContain(
      'Model-Stage-Override: monitor: gate: auc 0.5 against min 0.8: fails'
    )
  })

  it('failures_before_action: 2 acts only on the second failing run in a row', async () => {
    const repo = monitoredRepo('    on_failure: rollback\n    failures_before_action: 2\n')
    decays(repo)
    expect((await monitor(repo, '300')).exitCode).toBe(1)
    expect(fixture.stub.pulls).toEqual([])
    expect(fixture.stub.issues[0]?.body).toContain('it acts after 2 failing runs in a row (this is 1)')
    expect((await monitor(repo, '301')).exitCode).toBe(1)
    expect(fixture.stub.pulls).toHaveLength(1)
  })

  it('the CLI reports a drifted digest and a failing metric, and exits 1', async () => {
    const repo = monitoredRepo()
    repo.commit(
      'Record a digest',
      repo
        .read()
        .replace(
          'uri: s3://models/churn/2.0.0',
          `uri: artifact.bin\n        digest: sha256:${'1'.repeat(64)}`
        )
    )
    writeFileSync(path.join(repo.work, 'artifact.bin'), 'bytes')
    const run = await runCli(repo.work, 'monitor', '--json')
    expect(run.exitCode).toBe(1)
    const report = JSON.parse(run.stdout)
    expect(report.monitored[0].checks[0]).toMatchObject({
      kind: 'digest',
      passed: false,
      detail: expect.stringContaining('drift: recorded sha256:1111')
    })
  })
})
