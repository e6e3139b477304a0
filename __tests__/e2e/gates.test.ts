import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { endToEndFixture } from '../helpers/example-repo.js'
import { git, type TestRepo } from '../helpers/repo.js'
import { runAction } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'

const fixture = endToEndFixture()
const GATES = '  gates:\n    auc: { min: 0.85, max_regression: 0.01 }\n'

/** The example repository with metric gates in its defaults, validating with `validate`. */
function gatedRepo(validate: string, gates = GATES, extra = ''): TestRepo {
  const repo = fixture.exampleRepo(validate)
  const text = repo.read().replace(/(\ndefaults:\n {2}validate: [^\n]*\n)/, `$1${gates}${extra}`)
  repo.commit('Gate production on auc', text)
  return repo
}

/** A validation command that reports `auc` (per stage: MODEL_STAGE picks the value) through MODEL_METRICS_FILE. */
const reports = (staging: number, production = 0) =>
  `echo "$MODEL_STAGE" >> ../stages-measured; if [ "$MODEL_STAGE" = production ]; then auc=${production}; else auc=${staging}; fi; printf '{"auc": %s}' "$auc" > "$MODEL_METRICS_FILE"`

const promote = { command: 'promote', model: 'churn-classifier', mode: 'commit' }

/** A hand edit of the work tree: 1.5.0 into production, 1.4.0 archived. */
function promoteByHand(repo: TestRepo): void {
  repo.write(
    repo
      .read()
      .replace('stage: production          #', 'stage: archived            #')
      .replace(
        'stage: staging\n        uri: artifacts/churn-classifier/1.5.0',
        'stage: production\n        uri: artifacts/churn-classifier/1.5.0'
      )
  )
}

describe('metric gates end to end', () => {
  it('a regression within tolerance is promoted, its measured metrics recorded in the same commit', async () => {
    const repo = gatedRepo(reports(0.905))
    const run = await runAction({ cwd: repo.work, inputs: promote, apiUrl: fixture.stub.url })
    expect(run.exitCode).toBe(0)
    const gates = JSON.parse(run.outputs.gates ?? '[]') as Array<Record<string, unknown>>
    expect(gates).toEqual([
      { metric: 'auc', candidate: 0.905, baseline: 0.91, rule: 'min 0.85', passed: true, note: null },
      {
        metric: 'auc',
        candidate: 0.905,
        baseline: 0.91,
        rule: 'max_regression 0.01',
        passed: true,
        note: null
      }
    ])
    const diff = git(repo.origin, 'diff', '-U0', 'main~1', 'main')
    expect(diff.split('\n').filter(line => /^[-+] /.test(line))).toEqual([
      '-        stage: production          # live since the September release',
      '+        stage: archived            # live since the September release',
      '-        stage: staging',
      '+        stage: production',
      '-        metrics: { auc: 0.93 }',
      '+        metrics: { auc: 0.905 }'
    ])
    expect(git(repo.origin, 'log', '-1', '--format=%B', 'main')).toContain(
      'Metric gates:\n  auc 0.905 vs 0.91: min 0.85 passed\n  auc 0.905 vs 0.91: max_regression 0.01 passed'
    )
    expect(run.summary).toContain('| Metric | Candidate | Production | Change | Rule | Verdict |')
    expect(run.summary).toContain('| auc | 0.905 | 0.91 | -0.005 (-0.5%) | max_regression 0.01 | ✅ pass |')
  })

  it('a regression beyond tolerance is refused: exit 1, validation failed, the manifest byte-identical', async () => {
    const repo = gatedRepo(reports(0.89))
    const before = {
      work: repo.read(),
      origin: repo.originFile(),
      main: git(repo.origin, 'rev-parse', 'main')
    }
    const run = await runAction({ cwd: repo.work, inputs: promote, apiUrl: fixture.stub.url })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.validation).toBe('failed')
    expect(run.stdout).toContain(
      'It does not pass: metric gates failed: auc max_regression 0.01 (needs ≥ 0.9)'
    )
    expect(run.summary).toContain(
      '| auc | 0.89 | 0.91 | -0.02 (-2.2%) | max_regression 0.01 | ❌ fail: needs ≥ 0.9 |'
    )
    expect(repo.read()).toBe(before.work)
    expect(repo.originFile()).toBe(before.origin)
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(before.main)
  })

  it('baseline: rerun measures production again in the same run, with MODEL_STAGE=production', async () => {
    const repo = gatedRepo(
      reports(0.94, 0.95),
      '  gates:\n    auc: { max_regression: 0.005 }\n',
      '  baseline: rerun\n'
    )
    const run = await runAction({ cwd: repo.work, inputs: promote, apiUrl: fixture.stub.url })
    expect(readFileSync(path.join(repo.root, 'stages-measured'), 'utf8')).toBe('staging\nproduction\n')
    expect(run.exitCode).toBe(1)
    expect(JSON.parse(run.outputs.gates ?? '[]')).toEqual([
      {
        metric: 'auc',
        candidate: 0.94,
        baseline: 0.95,
        rule: 'max_regression 0.005',
        passed: false,
        note: 'needs ≥ 0.945'
      }
    ])
  })

  it('malformed metrics are a failed validation with a clear message', async () => {
    const repo = gatedRepo(`printf 'auc=0.9' > "$MODEL_METRICS_FILE"`)
    const run = await runAction({ cwd: repo.work, inputs: promote, apiUrl: fixture.stub.url })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('MODEL_METRICS_FILE does not hold JSON: "auc=0.9"')
  })

  it.each([
    ['a directory', 'mkdir "$MODEL_METRICS_FILE"', 'MODEL_METRICS_FILE is a directory'],
    ['a FIFO', 'mkfifo "$MODEL_METRICS_FILE"', 'MODEL_METRICS_FILE is not a regular file'],
    [
      'two values for one metric',
      `printf '{"auc": 0.99, "auc": 0.1}' > "$MODEL_METRICS_FILE"`,
      'MODEL_METRICS_FILE: duplicate key'
    ]
  ])(
    'metrics written as %s fail the validation: the recorded metrics are never judged instead',
    async (_name, validate, message) => {
      // The candidate's recorded auc (0.93) would pass the gates; what the run measured cannot be read.
      const repo = gatedRepo(validate)
      const [before, onOrigin] = [repo.read(), repo.originFile()]
      const run = await runCli(repo.work, 'promote', 'churn-classifier', '--json')
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain(message)
      expect(repo.read()).toBe(before)
      expect(repo.originFile()).toBe(onOrigin)
    }
  )

  it('check refuses a hand-edited promotion that fails a gate', async () => {
    const repo = gatedRepo(reports(0.8))
    const base = git(repo.work, 'rev-parse', 'HEAD')
    git(repo.work, 'checkout', '--quiet', '-b', 'feature')
    promoteByHand(repo)
    git(repo.work, 'commit', '--quiet', '-am', 'Promote by hand')
    fixture.stub.addPullRequest(3, 'feature')
    const run = await runAction({
      cwd: repo.work,
      inputs: { command: 'check' },
      apiUrl: fixture.stub.url,
      eventName: 'pull_request',
      ref: 'refs/pull/3/merge',
      event: {
        pull_request: {
          number: 3,
          base: { ref: 'main', sha: base },
          head: { sha: git(repo.work, 'rev-parse', 'HEAD') }
        },
        repository: { default_branch: 'main' }
      }
    })
    expect(run.exitCode).toBe(1)
    const comment = fixture.stub.comments[0]?.body ?? ''
    expect(comment).toContain(
      '| churn-classifier | `1.5.0` | staging → production | ✅ promote | ❌ gates failed |'
    )
    expect(comment).toContain('| auc | 0.8 | 0.91 | -0.11 (-12.1%) | min 0.85 | ❌ fail |')
  })

  it('check in text form names each failing gate: its metric, rule, measured value and baseline', async () => {
    const repo = gatedRepo(reports(0.8))
    promoteByHand(repo)
    const text = await runCli(repo.work, 'check')
    expect(text.exitCode).toBe(1)
    expect(text.stdout).toContain(
      'churn-classifier@1.5.0 staging -> production: promote; validation passed; refused: metric gates failed: ' +
        'auc min 0.85; auc max_regression 0.01 (needs ≥ 0.9)\n' +
        '  gate auc 0.8 vs 0.91: min 0.85 failed\n' +
        '  gate auc 0.8 vs 0.91: max_regression 0.01 failed (needs ≥ 0.9)\n'
    )
    expect(text.stdout).toMatch(/Review failed\.\n$/)
    const json = await runCli(repo.work, 'check', '--json')
    expect(JSON.parse(json.stdout)).toMatchObject({
      passed: false,
      changes: expect.arrayContaining([
        expect.objectContaining({
          version: '1.5.0',
          refusals: [{ guard: 'gates', message: expect.stringContaining('auc min 0.85') }],
          gates: [
            expect.objectContaining({ metric: 'auc', rule: 'min 0.85', candidate: 0.8, passed: false }),
            expect.objectContaining({ metric: 'auc', rule: 'max_regression 0.01', passed: false })
          ]
        })
      ])
    })
  })

  it('the promotion pull request shows the gate table; evaluate reports a rejected model with its failing rules', async () => {
    const passing = gatedRepo(reports(0.92))
    const proposed = await runAction({
      cwd: passing.work,
      inputs: { command: 'promote', model: 'churn-classifier' },
      apiUrl: fixture.stub.url
    })
    expect(proposed.exitCode).toBe(0)
    expect(fixture.stub.pulls[0]?.body).toContain(
      '| auc | 0.92 | 0.91 | +0.01 (+1.1%) | min 0.85 | ✅ pass |'
    )

    const failing = gatedRepo(reports(0.8))
    const evaluated = await runAction({
      cwd: failing.work,
      inputs: { command: 'evaluate', model: 'churn-classifier', mode: 'commit' },
      apiUrl: fixture.stub.url
    })
    expect(evaluated.exitCode).toBe(0)
    const rejected = JSON.parse(evaluated.outputs.rejected ?? '[]') as Array<{
      failedGates: Array<{ rule: string }>
    }>
    expect(rejected[0]?.failedGates.map(rule => rule.rule)).toEqual(['min 0.85', 'max_regression 0.01'])
    expect(evaluated.summary).toContain('❌ gates: auc min 0.85, auc max_regression 0.01')
  })

  it('a rollback is gated too: the version coming back must meet the gates against production', async () => {
    const repo = gatedRepo(reports(0.92))
    expect((await runCli(repo.work, 'promote', 'churn-classifier', '--commit')).exitCode).toBe(0)
    const before = repo.read()
    const measuresLow = `printf '{"auc": 0.8}' > "$MODEL_METRICS_FILE"`
    const cli = await runCli(repo.work, 'rollback', 'churn-classifier', '--validate', measuresLow, '--json')
    expect(cli.exitCode).toBe(1)
    expect(JSON.parse(cli.stdout)).toMatchObject({
      version: '1.4.0',
      validation: 'failed',
      gates: [
        { rule: 'min 0.85', candidate: 0.8, baseline: 0.92, passed: false },
        { rule: 'max_regression 0.01', passed: false }
      ]
    })
    expect(repo.read()).toBe(before)
  })

  it('the CLI applies the same gates: text and --json', async () => {
    const repo = gatedRepo(reports(0.8))
    const before = repo.read()
    const text = await runCli(repo.work, 'promote', 'churn-classifier')
    expect(text.exitCode).toBe(1)
    expect(text.stderr).toContain('  gate auc 0.8 vs 0.91: min 0.85 failed')
    const json = await runCli(repo.work, 'promote', 'churn-classifier', '--json')
    expect(JSON.parse(json.stdout)).toMatchObject({
      validation: 'failed',
      gates: [
        { metric: 'auc', rule: 'min 0.85', passed: false },
        { metric: 'auc', rule: 'max_regression 0.01', passed: false }
      ]
    })
    expect(repo.read()).toBe(before)
  })

  it('force with a reason overrides failing gates, recorded in the commit; never a failing validation command', async () => {
    const repo = gatedRepo(reports(0.8))
    const forced = await runAction({
      cwd: repo.work,
      inputs: { ...promote, force: 'true', reason: 'the new test set is harder; offline review signed off' },
      apiUrl: fixture.stub.url
    })
    expect(forced.exitCode).toBe(0)
    expect(forced.outputs).toMatchObject({ stage: 'production', validation: 'passed' })
    const message = git(repo.origin, 'log', '-1', '--format=%B', 'main')
    expect(message).toContain('  overrode metric gate: auc min 0.85')
    expect(message).toMatch(/\nModel-Stage-Override: the new test set is harder; offline review signed off$/)
    expect(forced.summary).toContain('- overrode `metric gate: auc min 0.85`')

    const failing = gatedRepo('exit 3')
    const before = failing.originFile()
    const refused = await runCli(
      failing.work,
      'promote',
      'churn-classifier',
      '--force',
      '--reason',
      'ship it'
    )
    expect(refused.exitCode).toBe(1)
    expect(refused.stderr).toContain('Validation failed')
    expect(failing.read()).toBe(before)
  })
})
