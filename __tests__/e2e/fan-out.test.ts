import { describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { endToEndFixture } from '../helpers/example-repo.js'
import { createRepo, git, type TestRepo } from '../helpers/repo.js'
import { runAction } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'

const fixture = endToEndFixture()

/** Each model's validation: alpha, beta and gamma pass; broken exits 1; weak misses its gate; sharded reports per shard. */
const VALIDATE_SCRIPT = `#!/bin/sh
echo "validating $MODEL_NAME $MODEL_VERSION shard \${MODEL_SHARD_INDEX:-none}/\${MODEL_SHARD_COUNT:-none}"
case "$MODEL_NAME" in
  broken) echo "broken: the evaluation set is missing"; exit 1 ;;
  weak) printf '{"auc": 0.5}' > "$MODEL_METRICS_FILE" ;;
  sharded) printf '{"auc": 0.%s}' "$((6 + MODEL_SHARD_INDEX))" > "$MODEL_METRICS_FILE" ;;
  *) printf '{"auc": 0.95}' > "$MODEL_METRICS_FILE" ;;
esac
`

function manifest(models: readonly string[], minAuc = 0.79): string {
  const entries = models.map(
    model =>
      `  ${model}:\n${model === 'sharded' ? '    shards: 3\n' : ''}    versions:\n` +
      `      "1.0.0":\n        stage: staging\n        uri: s3://models/${model}/1.0.0\n`
  )
  return (
    'version: 1\ndefaults:\n  validate: sh ./validate.sh\n  gates:\n' +
    `    auc:\n      min: ${minAuc}\n      combine: mean # the shards' values, averaged\n` +
    `models:\n${entries.join('')}`
  )
}

const FIVE = ['alpha', 'beta', 'broken', 'weak', 'sharded']

function fanOutRepo(models: readonly string[] = FIVE, minAuc?: number): TestRepo {
  const repo = fixture.use(createRepo(manifest(models, minAuc)))
  repo.commit('Add the validation', VALIDATE_SCRIPT, 'validate.sh')
  return repo
}

interface Entry {
  model: string
  version: string
  to: string
  shard: number
  shards: number
}

async function plan(repo: TestRepo): Promise<Entry[]> {
  const planned = await runCli(repo.work, 'evaluate', '--plan')
  expect(planned.exitCode).toBe(0)
  return (JSON.parse(planned.stdout) as { include: Entry[] }).include
}

/** One result file per entry, as actions/download-artifact lays them out: a folder per artifact. */
const resultPath = (entry: Entry) => path.join('results', `${entry.model}-${entry.shard}`, 'result.json')

/** Every entry validated by its own process, all at once, as a matrix runs them. */
async function validateAll(repo: TestRepo, entries: readonly Entry[]) {
  const runs = await Promise.all(
    entries.map(entry =>
      runCli(
        repo.work,
        'validate',
        entry.model,
        entry.version,
        '--to',
        entry.to,
        '--shard',
        `${entry.shard}/${entry.shards}`,
        '--result',
        resultPath(entry)
      )
    )
  )
  for (const run of runs) expect(run.exitCode).toBe(0)
  return runs
}

const stageOf = (text: string, model: string) =>
  new RegExp(
    `  ${model}:\\n(?:    shards: 3\\n)?    versions:\\n      "1\\.0\\.0":\\n        stage: (\\w+)`
  ).exec(text)?.[1]

describe('validation fan-out: plan, validate one, gather', () => {
  it('five candidates planned, validated by parallel processes, gathered into exactly one commit of the passing ones', async () => {
    const repo = fanOutRepo()
    const entries = await plan(repo)
    expect(entries).toEqual([
      { model: 'alpha', version: '1.0.0', to: 'production', shard: 1, shards: 1 },
      { model: 'beta', version: '1.0.0', to: 'production', shard: 1, shards: 1 },
      { model: 'broken', version: '1.0.0', to: 'production', shard: 1, shards: 1 },
      { model: 'weak', version: '1.0.0', to: 'production', shard: 1, shards: 1 },
      ...[1, 2, 3].map(shard => ({ model: 'sharded', version: '1.0.0', to: 'production', shard, shards: 3 }))
    ])
    const before = repo.read()
    const runs = await validateAll(repo, entries)
    expect(runs[5]?.stderr).toContain('validating sharded 1.0.0 shard 2/3')
    expect(runs[0]?.stderr).toContain('validating alpha 1.0.0 shard none/none')
    // Validating writes nothing but its result.
    expect(repo.read()).toBe(before)
    const result = JSON.parse(readFileSync(path.join(repo.work, resultPath(entries[2] as Entry)), 'utf8'))
    expect(result).toMatchObject({
      kind: 'model-stages/validation-result',
      model: 'broken',
      shard: { index: 1, count: 1 },
      manifest: { path: 'model-stages.yaml', blob: git(repo.work, 'rev-parse', 'HEAD:model-stages.yaml') },
      validation: {
        status: 'failed',
        exitCode: 1,
        tail: expect.stringContaining('evaluation set is missing')
      },
      metrics: null
    })

    const head = git(repo.work, 'rev-parse', 'HEAD')
    const gathered = await runCli(repo.work, 'evaluate', '--results', 'results', '--commit', '--json')
    expect(gathered.exitCode).toBe(0)
    const report = JSON.parse(gathered.stdout)
    expect(report.promoted.map((entry: { model: string }) => entry.model)).toEqual([
      'alpha',
      'beta',
      'sharded'
    ])
    expect(report.rejected.map((entry: { model: string }) => entry.model)).toEqual(['broken', 'weak'])
    expect(git(repo.work, 'rev-list', '--count', `${head}..HEAD`)).toBe('1')
    const text = repo.read()
    expect(FIVE.map(model => stageOf(text, model))).toEqual([
      'production',
      'production',
      'staging',
      'staging',
      'production'
    ])
    expect(git(repo.work, 'log', '-1', '--format=%B')).toMatch(
      /^evaluate: promote alpha 1\.0\.0, beta 1\.0\.0, sharded 1\.0\.0\n[\s\S]*Model-Stage: sharded@1\.0\.0 staging -> production\n?$/
    )
  })

  it('three shards combined by mean are judged on the mean, not on any one shard', async () => {
    // The shards measure 0.7, 0.8 and 0.9: a gate of 0.81 fails the mean although one shard passes it.
    for (const [minAuc, stage] of [
      [0.79, 'production'],
      [0.81, 'staging']
    ] as const) {
      const repo = fanOutRepo(['sharded'], minAuc)
      await validateAll(repo, await plan(repo))
      const gathered = await runCli(repo.work, 'evaluate', '--results', 'results', '--json')
      expect(gathered.exitCode).toBe(0)
      expect(stageOf(repo.read(), 'sharded')).toBe(stage)
      const entry = JSON.parse(gathered.stdout)[stage === 'production' ? 'promoted' : 'rejected'][0]
      if (stage === 'staging') expect(entry.failedGates[0]).toMatchObject({ metric: 'auc', passed: false })
      if (stage === 'production')
        expect(Number(/metrics: \{ auc: ([\d.]+) \}/.exec(repo.read())?.[1])).toBeCloseTo(0.8, 10)
    }
  })

  it('a stale result, a missing shard, a duplicated shard, an unknown model and a malformed file are each refused, naming the file; the rest proceeds', async () => {
    const repo = fanOutRepo(['alpha', 'beta', 'gamma', 'sharded'])
    const entries = await plan(repo)
    await validateAll(repo, entries)
    const results = path.join(repo.work, 'results')
    // alpha's entry changes after its validation: its result is for another revision.
    repo.commit(
      'Describe alpha',
      repo
        .read()
        .replace(
          'uri: s3://models/alpha/1.0.0',
          'uri: s3://models/alpha/1.0.0\n        description: retrained'
        )
    )
    rmSync(path.join(results, 'sharded-3'), { recursive: true })
    cpSync(path.join(results, 'beta-1'), path.join(results, 'beta-again'), { recursive: true })
    const ghost = JSON.parse(readFileSync(path.join(results, 'gamma-1', 'result.json'), 'utf8'))
    mkdirSync(path.join(results, 'ghost-1'))
    writeFileSync(path.join(results, 'ghost-1', 'result.json'), JSON.stringify({ ...ghost, model: 'ghost' }))
    mkdirSync(path.join(results, 'torn'))
    writeFileSync(
      path.join(results, 'torn', 'result.json'),
      '{"kind": "model-stages/validation-result", "mod'
    )
    const before = repo.read()

    const gathered = await runCli(repo.work, 'evaluate', '--results', 'results', '--json')
    expect(gathered.exitCode).toBe(1)
    const report = JSON.parse(gathered.stdout)
    const refused = Object.fromEntries(
      report.refusedResults.map((entry: { files: string[]; reason: string }) => [
        entry.files.join(' '),
        entry.reason
      ])
    )
    expect(refused).toEqual({
      'results/alpha-1/result.json': expect.stringContaining(
        'validated alpha as another revision of the manifest'
      ),
      'results/sharded-1/result.json results/sharded-2/result.json':
        expect.stringContaining('missing shard 3/3'),
      'results/beta-1/result.json results/beta-again/result.json': expect.stringContaining(
        'shard 1/1 of beta comes twice: results/beta-1/result.json and results/beta-again/result.json'
      ),
      'results/ghost-1/result.json': 'the manifest has no model ghost',
      'results/torn/result.json': expect.stringContaining('not a validation result: it is not JSON')
    })
    expect(report.promoted.map((entry: { model: string }) => entry.model)).toEqual(['gamma'])
    const text = repo.read()
    expect(['alpha', 'beta', 'gamma', 'sharded'].map(model => stageOf(text, model))).toEqual([
      'staging',
      'staging',
      'production',
      'staging'
    ])
    expect(before).not.toBe(text)
  })

  it('a results folder that is not there is said so, and nothing is written', async () => {
    const repo = fanOutRepo(['alpha'])
    const before = repo.read()
    const run = await runCli(repo.work, 'evaluate', '--results', 'no-such-folder', '--commit')
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain(
      'no-such-folder is not a folder: give the folder the result files were downloaded to'
    )
    expect(repo.read()).toBe(before)
    expect(git(repo.work, 'status', '--porcelain')).toBe('')
  })

  it('a model declaring shards is validated only by shard, and a plan past 256 jobs says what to do', async () => {
    const repo = fanOutRepo(['sharded'])
    const whole = await runCli(repo.work, 'validate', 'sharded', '--result', 'r.json')
    expect(whole.exitCode).toBe(2)
    expect(whole.stderr).toContain('sharded declares shards: 3: give the shard as I/3')
    expect(existsSync(path.join(repo.work, 'r.json'))).toBe(false)
    repo.commit('Shard it finer', repo.read().replace('shards: 3', 'shards: 200'))
    const big = fanOutRepo(['sharded', 'alpha'])
    big.commit(
      'Shard both',
      big.read().replaceAll('shards: 3', 'shards: 200').replace('  alpha:\n', '  alpha:\n    shards: 100\n')
    )
    const refused = await runCli(big.work, 'evaluate', '--plan')
    expect(refused.exitCode).toBe(2)
    expect(refused.stderr).toContain(
      'the plan needs 300 validation jobs and GitHub runs at most 256 from one matrix'
    )
  })

  it('--jobs 4 gives the same outcome as one at a time, each validation output kept whole', async () => {
    const outcomes: unknown[] = []
    for (const jobs of ['1', '4']) {
      const repo = fanOutRepo(['alpha', 'beta', 'broken', 'weak'])
      const run = await runCli(repo.work, 'evaluate', '--jobs', jobs, '--json')
      expect(run.exitCode).toBe(0)
      const report = JSON.parse(run.stdout)
      outcomes.push({ promoted: report.promoted, rejected: report.rejected, diff: report.diff })
      if (jobs === '4') {
        const text = await runCli(fanOutRepo(['alpha', 'broken']).work, 'evaluate', '--jobs', '4')
        expect(text.stderr).toMatch(/── alpha 1\.0\.0 ──\nvalidating alpha 1\.0\.0 shard none\/none\n/)
        // Validated ahead, once: the promotion reuses that run.
        expect(text.stderr.match(/validating alpha/g)).toHaveLength(1)
        expect(text.stderr).toMatch(
          /── broken 1\.0\.0 ──\nvalidating broken[^\n]*\nbroken: the evaluation set is missing\n/
        )
      }
    }
    const strip = (value: unknown) =>
      JSON.stringify(value)
        .replace(/"durationMs":\d+/g, '')
        .replace(/in \d+\.\d s/g, '')
    expect(strip(outcomes[1])).toBe(strip(outcomes[0]))
  })
})

describe('validation fan-out through the action', () => {
  it('plans the matrix, validates one entry without a token, and gathers every promotion into one pull request', async () => {
    const repo = fanOutRepo()
    const planned = await runAction({ cwd: repo.work, inputs: { command: 'evaluate', plan: 'true' } })
    expect(planned.exitCode).toBe(0)
    expect(planned.outputs.revision).toBe(git(repo.work, 'rev-parse', 'HEAD'))
    const entries = (JSON.parse(planned.outputs.matrix ?? '{}') as { include: Entry[] }).include
    expect(entries).toHaveLength(7)

    const one = entries[5] as Entry
    const validated = await runAction({
      cwd: repo.work,
      inputs: {
        command: 'validate',
        model: one.model,
        version: one.version,
        to: one.to,
        shard: `${one.shard}/${one.shards}`,
        result: resultPath(one),
        token: ''
      }
    })
    expect(validated.exitCode).toBe(0)
    expect(validated.outputs).toMatchObject({
      validation: 'passed',
      result: path.join(repo.work, resultPath(one))
    })
    expect(validated.stdout).toContain('validating sharded 1.0.0 shard 2/3')
    await validateAll(
      repo,
      entries.filter(entry => entry !== one)
    )

    const main = git(repo.origin, 'rev-parse', 'main')
    const gathered = await runAction({
      cwd: repo.work,
      inputs: { command: 'evaluate', results: 'results', mode: 'pull-request' },
      apiUrl: fixture.stub.url
    })
    expect(gathered.exitCode).toBe(0)
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(main)
    expect(fixture.stub.pulls).toHaveLength(1)
    expect(fixture.stub.pulls[0]).toMatchObject({ head: 'model-stages/evaluate', base: 'main' })
    expect(git(repo.origin, 'rev-list', '--count', 'main..model-stages/evaluate')).toBe('1')
    const proposed = repo.originFile('model-stages/evaluate')
    expect(FIVE.map(model => stageOf(proposed, model))).toEqual([
      'production',
      'production',
      'staging',
      'staging',
      'production'
    ])
    expect(JSON.parse(gathered.outputs.promoted ?? '[]')).toHaveLength(3)
    expect(fixture.stub.pulls[0]?.body).toContain('| sharded | `1.0.0` | staging → production |')

    const committed = await runAction({
      cwd: repo.work,
      inputs: { command: 'evaluate', results: 'results', mode: 'commit' },
      apiUrl: fixture.stub.url
    })
    expect(committed.exitCode).toBe(0)
    expect(git(repo.origin, 'rev-list', '--count', `${main}..main`)).toBe('1')
    expect(committed.outputs['commit-sha']).toBe(git(repo.origin, 'rev-parse', 'main'))
  })
})
