import { describe, expect, it } from '@jest/globals'
import { endToEndFixture } from '../helpers/example-repo.js'
import { createRepo, git, type TestRepo } from '../helpers/repo.js'
import { runAction } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'

const fixture = endToEndFixture()

const HOUR = 3_600_000
const iso = (offset: number) => new Date(Date.now() + offset).toISOString().replace(/\.\d+Z$/, 'Z')

const MANIFEST = `version: 1
defaults:
  validate: echo "validating $MODEL_VERSION"
models:
  churn:
    versions:
      "1.0.0": { stage: staging, uri: s3://models/churn/1.0.0 }
`

/** churn 1.0.0 served production, then 1.1.0 replaced it; 1.2.0 waits in staging. */
async function servedRepo(): Promise<TestRepo> {
  const repo = fixture.use(createRepo(MANIFEST))
  const run = async (...args: string[]) =>
    expect((await runCli(repo.work, ...args, '--commit')).exitCode).toBe(0)
  await run('promote', 'churn', '1.0.0')
  await run('register', 'churn', '1.1.0', '--uri', 's3://models/churn/1.1.0')
  await run('promote', 'churn', '1.1.0')
  await run('register', 'churn', '1.2.0', '--uri', 's3://models/churn/1.2.0')
  git(repo.work, 'push', '--quiet', 'origin', 'HEAD:main')
  return repo
}

const commits = (repo: TestRepo) => Number(git(repo.work, 'rev-list', '--count', 'HEAD'))

describe('blocked versions', () => {
  it('block --rollback stops the line in one commit, and the blocked version cannot come back by any path', async () => {
    const repo = await servedRepo()
    const before = repo.read()
    const refused = await runCli(repo.work, 'block', 'churn', '1.1.0', '--reason', 'bias regression, see #12')
    expect(refused.exitCode).toBe(1)
    expect(refused.stderr).toContain('churn 1.1.0 serves production: blocking it takes it out of service')
    expect(repo.read()).toBe(before)

    const count = commits(repo)
    const blocked = await runCli(
      repo.work,
      'block',
      'churn',
      '1.1.0',
      '--reason',
      'bias regression, see #12',
      '--rollback',
      '--commit'
    )
    expect(blocked.exitCode).toBe(0)
    expect(commits(repo)).toBe(count + 1)
    expect(git(repo.work, 'log', '-1', '--format=%B')).toMatch(
      /^churn: block 1\.1\.0 and roll back production to 1\.0\.0\n[\s\S]*Validation passed[\s\S]*\n\nModel-Stage: churn@1\.0\.0 archived -> production\nModel-Stage: churn@1\.1\.0 production -> archived\nModel-Stage-Block: churn@1\.1\.0: bias regression, see #12$/
    )
    expect(repo.read()).toContain('blocked: "bias regression, see #12"')
    expect(git(repo.work, 'diff', '--stat', 'HEAD~1', 'HEAD')).toContain('1 file changed')

    const unchanged = repo.read()
    for (const args of [
      ['rollback', 'churn', '1.1.0'],
      ['restore', 'churn', '1.1.0'],
      ['rollback', 'churn', '1.1.0', '--force', '--reason', 'we really want it']
    ]) {
      const run = await runCli(repo.work, ...args)
      expect({ args, exitCode: run.exitCode }).toEqual({ args, exitCode: 1 })
      expect(run.stderr).toContain('churn 1.1.0 is blocked (bias regression, see #12)')
    }
    expect(repo.read()).toBe(unchanged)
    const show = await runCli(repo.work, 'show', 'churn', '1.1.0', '--json')
    expect(JSON.parse(show.stdout).version.blocked).toBe('bias regression, see #12')

    // A hand edit in a pull request: check refuses it at the version, also when it unblocks in the same change.
    repo.write(
      unchanged
        .replace(/"1\.0\.0": \{ stage: production/, '"1.0.0": { stage: archived')
        .replace(
          /"1\.1\.0": \{ stage: archived, uri: s3:\/\/models\/churn\/1\.1\.0, blocked: "bias regression, see #12" \}/,
          '"1.1.0": { stage: production, uri: s3://models/churn/1.1.0 }'
        )
    )
    expect(repo.read()).not.toBe(unchanged)
    const check = await runCli(repo.work, 'check')
    expect(check.exitCode).toBe(1)
    expect(check.stdout + check.stderr).toContain('1.1.0 is blocked (bias regression, see #12)')
    repo.write(unchanged)

    expect((await runCli(repo.work, 'unblock', 'churn', '1.1.0', '--commit')).exitCode).toBe(0)
    expect(git(repo.work, 'log', '-1', '--format=%B')).toContain('Model-Stage-Unblock: churn@1.1.0')
    expect(repo.read()).not.toContain('blocked:')
  })

  it('check refuses a hand edit that blocks the version a stage serves without taking it out', async () => {
    const repo = await servedRepo()
    repo.write(
      repo
        .read()
        .replace(
          '"1.1.0": { stage: production, uri: s3://models/churn/1.1.0 }',
          '"1.1.0": { stage: production, uri: s3://models/churn/1.1.0, blocked: drift }'
        )
    )
    const check = await runCli(repo.work, 'check')
    // A change the manifest may not carry: a problem at its line (exit 2).
    expect(check.exitCode).toBe(2)
    expect(check.stdout + check.stderr).toMatch(
      /model-stages\.yaml:\d+:\d+: churn 1\.1\.0 is blocked but still serves production/
    )
  })

  it('promote and evaluate refuse a blocked candidate and name the reason', async () => {
    const repo = await servedRepo()
    expect(
      (await runCli(repo.work, 'block', 'churn', '1.2.0', '--reason', 'leaked test set', '--commit')).exitCode
    ).toBe(0)
    const before = repo.read()
    const promote = await runCli(repo.work, 'promote', 'churn', '1.2.0')
    expect(promote.exitCode).toBe(1)
    expect(promote.stderr).toContain('churn 1.2.0 is blocked (leaked test set)')
    const evaluate = await runCli(repo.work, 'evaluate', '--json')
    const report = JSON.parse(evaluate.stdout)
    expect(JSON.stringify(report)).toContain('1.2.0 is blocked (leaked test set)')
    expect(repo.read()).toBe(before)
  })

  it('the action blocks with a rollback in one commit on origin', async () => {
    const repo = await servedRepo()
    const action = await runAction({
      cwd: repo.work,
      inputs: {
        command: 'block',
        model: 'churn',
        version: '1.1.0',
        reason: 'drift on new data',
        rollback: 'true',
        mode: 'commit'
      }
    })
    expect(action.exitCode).toBe(0)
    expect(action.outputs.archived).toBe('["1.1.0"]')
    expect(action.outputs['production-version']).toBe('1.0.0')
    const onOrigin = repo.originFile()
    expect(onOrigin).toContain('"1.0.0": { stage: production')
    expect(onOrigin).toContain('blocked: drift on new data')
    expect(git(repo.origin, 'log', '-1', '--format=%B', 'main')).toContain(
      'Model-Stage-Block: churn@1.1.0: drift on new data'
    )
    expect(action.summary).toContain('churn: block 1.1.0 and roll back production to 1.0.0')
  })
})

describe('freeze windows', () => {
  const withFreeze = (from: string, to: string) =>
    `freezes:\n  - reason: winter holiday freeze\n    from: "${from}"\n    to: "${to}"\n`

  async function frozenRepo(from: string, to: string): Promise<TestRepo> {
    const repo = await servedRepo()
    repo.commit('freeze', repo.read().replace('models:\n', `${withFreeze(from, to)}models:\n`))
    return repo
  }

  it('a window open now refuses a promotion, the same window closed lets it through, force + reason passes it with the trailer', async () => {
    const open = await frozenRepo(iso(-HOUR), iso(HOUR))
    const before = open.read()
    const refused = await runCli(open.work, 'promote', 'churn', '1.2.0', '--commit')
    expect(refused.exitCode).toBe(1)
    expect(refused.stderr).toContain(`production is frozen until ${iso(HOUR).slice(0, 13)}`)
    expect(refused.stderr).toContain('winter holiday freeze')
    expect(open.read()).toBe(before)
    const status = await runCli(open.work, 'status')
    expect(status.stdout).toMatch(/Frozen until .*: production \(winter holiday freeze\)/)
    const show = await runCli(open.work, 'show', 'churn')
    expect(show.stdout).toContain('production is frozen until')

    const action = await runAction({
      cwd: open.work,
      inputs: { command: 'promote', model: 'churn', mode: 'commit' }
    })
    expect(action.exitCode).toBe(1)
    expect(action.stdout).toContain('winter holiday freeze')
    expect(open.originFile()).toBe(before)

    const forced = await runCli(
      open.work,
      'promote',
      'churn',
      '1.2.0',
      '--force',
      '--reason',
      'fix for incident 42',
      '--commit'
    )
    expect(forced.exitCode).toBe(0)
    const message = git(open.work, 'log', '-1', '--format=%B')
    expect(message).toContain('overrode freeze: production is frozen until')
    expect(message).toContain('Model-Stage-Override: fix for incident 42')

    const closed = await frozenRepo(iso(-2 * HOUR), iso(-HOUR))
    expect((await runCli(closed.work, 'promote', 'churn', '1.2.0', '--commit')).exitCode).toBe(0)
    expect(closed.read()).toContain('"1.2.0": { stage: production')
  })

  it('check judges a pull request against the windows open when it runs', async () => {
    const repo = await frozenRepo(iso(-HOUR), iso(HOUR))
    const base = git(repo.work, 'rev-parse', 'HEAD')
    repo.write(
      repo
        .read()
        .replace('"1.1.0": { stage: production', '"1.1.0": { stage: archived')
        .replace('"1.2.0": { stage: staging', '"1.2.0": { stage: production')
    )
    const frozen = await runCli(repo.work, 'check', '--base', base)
    expect(frozen.exitCode).toBe(1)
    expect(frozen.stdout + frozen.stderr).toContain('winter holiday freeze')
    // Lifting the freeze in the same pull request does not lift it for the check.
    repo.write(repo.read().replace(withFreeze(iso(-HOUR), iso(HOUR)), ''))
    const lifted = await runCli(repo.work, 'check', '--base', base)
    expect(lifted.exitCode).toBe(1)
    expect(lifted.stdout + lifted.stderr).toContain('winter holiday freeze')
  })
})
