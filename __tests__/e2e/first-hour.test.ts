import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkManifest } from '../../src/manifest/read.js'
import { endToEndFixture } from '../helpers/example-repo.js'
import { createRepo, git, GIT_ENV, type TestRepo } from '../helpers/repo.js'
import { PROJECT_ROOT, runAction } from '../helpers/run-action.js'
import { runCli, runCliWith } from '../helpers/run-cli.js'

const fixture = endToEndFixture()
const PASS = 'test "$MODEL_VERSION" != "bad"'
const exampleRepo = () => fixture.exampleRepo(PASS)
const json = (text: string) => JSON.parse(text) as Record<string, unknown>

function emptyRepo(): TestRepo {
  return fixture.use(createRepo('# nothing yet\n', 'README.md'))
}

describe('start from nothing', () => {
  it('init writes a commented manifest, then register adds versions in block style', async () => {
    const repo = emptyRepo()
    const init = await runCli(repo.work, 'init', '--model', 'churn', '--validate', './eval.sh')
    expect(init.exitCode).toBe(0)
    const written = repo.read('model-stages.yaml')
    // model-stages runs from outside this repository: no path to its schema would hold for a clone.
    expect(written).not.toContain('yaml-language-server')
    expect(init.stdout).toContain('Editor support: model-stages is not installed in this repository')
    expect(written).toContain('version: 1\n')
    expect(written).toContain('  validate: "./eval.sh"\n')
    expect(written).toContain('  churn:\n    versions: {}')
    expect((await checkManifest(written, 'm.yaml')).problems).toEqual([])

    const register = await runCli(
      repo.work,
      'register',
      'churn',
      '1.0.0',
      '--uri',
      's3://m/1',
      '--metric',
      'auc=0.91',
      '--meta',
      'owner=ml-team'
    )
    expect(register.exitCode).toBe(0)
    expect(repo.read('model-stages.yaml')).toContain(
      '    versions: # model-stages register churn VERSION --uri URI adds the first one\n' +
        '      "1.0.0":\n' +
        '        stage: staging\n' +
        '        uri: s3://m/1\n' +
        '        metrics: { auc: 0.91 }\n' +
        '        metadata: { owner: ml-team }\n'
    )
    const second = await runCli(repo.work, 'register', 'fraud', '2.0')
    expect(second.exitCode).toBe(0)
    expect(repo.read('model-stages.yaml')).toMatch(
      /\n {2}fraud:\n {4}versions:\n {6}"2\.0":\n {8}stage: staging\n$/
    )
    expect((await runCli(repo.work, 'lint')).exitCode).toBe(0)
  })

  it('init, run from model-stages installed in the repository, points the editor at its schema by a relative path', () => {
    const repo = emptyRepo()
    const installed = path.join(repo.work, 'node_modules', 'model-stages')
    for (const part of ['package.json', 'dist', 'schema'])
      cpSync(path.join(PROJECT_ROOT, part), path.join(installed, part), { recursive: true })
    mkdirSync(path.join(repo.work, 'ml'))
    const init = spawnSync(
      process.execPath,
      [path.join(installed, 'dist', 'cli.js'), 'init', '--manifest', 'ml/stages.yaml'],
      {
        cwd: repo.work,
        env: { PATH: process.env.PATH ?? '', ...GIT_ENV },
        encoding: 'utf8'
      }
    )
    expect(init.stderr).toBe('')
    expect(init.status).toBe(0)
    const written = repo.read('ml/stages.yaml')
    const schemaLine = /^# yaml-language-server: \$schema=(\S+)\n/.exec(written)
    expect(schemaLine?.[1]).toBe('../node_modules/model-stages/schema/model-stages.schema.json')
    expect(existsSync(path.join(repo.work, 'ml', schemaLine?.[1] ?? 'missing'))).toBe(true)
  })

  it('init without a model writes models: {}, into which register writes a block', async () => {
    const repo = emptyRepo()
    expect((await runCli(repo.work, 'init')).exitCode).toBe(0)
    expect((await runCli(repo.work, 'register', 'churn', '1')).exitCode).toBe(0)
    expect(repo.read('model-stages.yaml')).toMatch(
      /\nmodels: # .*\n {2}churn:\n {4}versions:\n {6}"1":\n {8}stage: staging\n$/
    )
  })

  it('init refuses to overwrite a manifest (exit 2, file untouched)', async () => {
    const repo = exampleRepo()
    const before = repo.read()
    const run = await runCli(repo.work, 'init')
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('model-stages.yaml already exists: init never overwrites a manifest')
    expect(repo.read()).toBe(before)
  })
})

describe('see everything', () => {
  it('status: one row per model, and the JSON shape deploy scripts read', async () => {
    const repo = exampleRepo()
    const text = await runCli(repo.work, 'status')
    expect(text.exitCode).toBe(0)
    expect(text.stdout.split('\n').slice(0, 3)).toEqual([
      'MODEL             PRODUCTION  CANDIDATE  STAGING  ARCHIVED',
      'churn-classifier  1.4.0       1.5.0      1        1',
      'ticket-ranker     2024.10.1   2024.11.0  1        0'
    ])
    const structured = await runCli(repo.work, 'status', '--json')
    expect(json(structured.stdout)).toEqual({
      frozen: [],
      models: [
        { model: 'churn-classifier', production: '1.4.0', staging: ['1.5.0'], archived: ['1.3.0'] },
        { model: 'ticket-ranker', production: '2024.10.1', staging: ['2024.11.0'], archived: [] }
      ]
    })
  })

  it('show prints description, metrics and metadata, in text and JSON', async () => {
    const repo = exampleRepo()
    const text = await runCli(repo.work, 'show', 'churn-classifier', '1.5.0')
    expect(text.stdout).toBe(
      'churn-classifier 1.5.0: staging\n' +
        '  uri: artifacts/churn-classifier/1.5.0\n' +
        '  description: retrained on October data\n' +
        '  metrics: auc=0.93\n'
    )
    const structured = json((await runCli(repo.work, 'show', 'churn-classifier', '--json')).stdout)
    expect((structured.versions as unknown[])[2]).toEqual({
      version: '1.5.0',
      stage: 'staging',
      uri: 'artifacts/churn-classifier/1.5.0',
      description: 'retrained on October data',
      blocked: null,
      metrics: { auc: 0.93 },
      metadata: {}
    })
  })

  it('history and show of an unknown model are exit 2 listing the known models', async () => {
    const repo = exampleRepo()
    for (const args of [
      ['history', 'churn'],
      ['show', 'churn']
    ]) {
      const run = await runCli(repo.work, ...args)
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain('unknown model churn;')
      expect(run.stderr).toContain('churn-classifier, ticket-ranker')
    }
  })

  it('runs from a subdirectory with the manifest at the repository root', async () => {
    const repo = exampleRepo()
    mkdirSync(path.join(repo.work, 'notebooks', 'eval'), { recursive: true })
    const run = await runCli(path.join(repo.work, 'notebooks', 'eval'), 'show', 'churn-classifier')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('churn-classifier: production 1.4.0')
  })
})

describe('a strict, friendly CLI', () => {
  it('--version, help COMMAND, and a command’s --help', async () => {
    const repo = exampleRepo()
    const version = await runCli(repo.work, '--version')
    const pkg = json(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'))
    expect(version.stdout).toBe(`${String(pkg.version)}\n`)
    const help = await runCli(repo.work, 'help', 'register')
    expect(help.exitCode).toBe(0)
    expect(help.stdout).toContain('model-stages register MODEL VERSION')
    expect(help.stdout).toContain('--metric NAME=NUMBER')
    expect((await runCli(repo.work, 'register', '--help')).stdout).toBe(help.stdout)
  })

  it('--at takes dates git understands, such as yesterday', async () => {
    const repo = exampleRepo()
    const threeDaysAgo = new Date(Date.now() - 3 * 86400_000).toISOString()
    execFileSync('git', ['commit', '--quiet', '--amend', '--no-edit', `--date=${threeDaysAgo}`], {
      cwd: repo.work,
      env: { ...process.env, ...GIT_ENV, GIT_COMMITTER_DATE: threeDaysAgo }
    })
    const run = await runCli(repo.work, 'show', 'churn-classifier', '--at', 'yesterday')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('As of commit')
    expect(run.stdout).toContain('churn-classifier: production 1.4.0')
  })
})

describe('--json everywhere, errors included', () => {
  it('a bad argument, a bad manifest and a failed validation each put an error object on stdout', async () => {
    const repo = exampleRepo()
    const unknown = await runCli(repo.work, 'promote', 'nope', '--json')
    expect(unknown.exitCode).toBe(2)
    expect(json(unknown.stdout)).toEqual({
      error: {
        exitCode: 2,
        message: 'unknown model nope; the manifest has: churn-classifier, ticket-ranker',
        problems: []
      }
    })

    repo.write(
      repo
        .read()
        .replace(
          'stage: staging\n        uri: artifacts/churn-classifier/1.5.0',
          'stgae: staging\n        uri: artifacts/churn-classifier/1.5.0'
        )
    )
    const bad = await runCli(repo.work, 'status', '--json')
    expect(bad.exitCode).toBe(2)
    const error = json(bad.stdout).error as { problems: Array<Record<string, unknown>> }
    expect(error.problems).toContainEqual({
      file: 'model-stages.yaml',
      line: 23,
      column: 9,
      message: expect.stringContaining('unknown key "stgae"')
    })
  })

  it('a failed validation with --json: exit 1 and an error next to the result', async () => {
    const repo = fixture.exampleRepo('echo "auc too low"; exit 3')
    const run = await runCli(repo.work, 'promote', 'churn-classifier', '--json')
    expect(run.exitCode).toBe(1)
    const result = json(run.stdout)
    expect(result).toMatchObject({
      changed: false,
      validation: 'failed',
      error: { exitCode: 1, problems: [] }
    })
  })

  it('changed means the same as in the action: in a dry run, would change', async () => {
    const repo = exampleRepo()
    const run = await runCli(repo.work, 'promote', 'churn-classifier', '--dry-run', '--json')
    expect(json(run.stdout)).toMatchObject({ changed: true, dryRun: true })
  })
})

describe('pipes', () => {
  it('output into a closed pipe ends quietly with exit 0', async () => {
    const versions = Array.from({ length: 4000 }, (_, i) => `      "1.${i}": { stage: archived }`).join('\n')
    const repo = fixture.use(createRepo(`version: 1\nmodels:\n  big:\n    versions:\n${versions}\n`))
    const result = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${path.join(PROJECT_ROOT, 'dist', 'cli.js')}" show big | head -1; echo "exit=\${PIPESTATUS[0]}"`
      ],
      { cwd: repo.work, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...GIT_ENV } }
    )
    expect(result.stdout).toBe('big: production none\nexit=0\n')
    expect(result.stderr).toBe('')
  })
})

describe('the same commands in both doors', () => {
  it('CLI evaluate promotes what passes and leaves the rest in staging', async () => {
    const repo = fixture.exampleRepo('test "$MODEL_NAME" = churn-classifier')
    const run = await runCli(repo.work, 'evaluate', '--json')
    expect(run.exitCode).toBe(0)
    const result = json(run.stdout) as {
      promoted: Array<{ model: string }>
      rejected: Array<{ model: string }>
    }
    expect(result.promoted.map(p => p.model)).toEqual(['churn-classifier'])
    expect(result.rejected.map(p => p.model)).toEqual(['ticket-ranker'])
    expect(repo.read()).toContain('"1.5.0":\n        stage: production')
  })

  it('--commit commits the move with the action’s message, and refuses a manifest with changes of its own', async () => {
    const repo = exampleRepo()
    const run = await runCli(repo.work, 'promote', 'churn-classifier', '--commit')
    expect(run.exitCode).toBe(0)
    const message = git(repo.work, 'log', '-1', '--format=%B')
    expect(message).toMatch(/^churn-classifier: promote 1\.5\.0 to production \(archives 1\.4\.0\)\n/)
    expect(message).toContain('Model-Stage: churn-classifier@1.5.0 staging -> production')
    expect(git(repo.work, 'status', '--porcelain')).toBe('')

    repo.write(repo.read() + '# a note\n')
    const before = repo.read()
    const refused = await runCli(repo.work, 'archive', 'churn-classifier', '1.5.0', '--commit')
    expect(refused.exitCode).toBe(2)
    expect(refused.stderr).toContain('model-stages.yaml has uncommitted changes')
    expect(repo.read()).toBe(before)
  })
})

describe('a failed --commit', () => {
  it('puts the manifest back byte for byte, says what to fix, and the same command works once git can commit', async () => {
    const repo = exampleRepo()
    git(repo.work, 'config', 'user.useConfigOnly', 'true')
    const home = mkdtempSync(path.join(tmpdir(), 'model-stages-no-identity-'))
    const before = repo.read()
    const env = { PATH: process.env.PATH ?? '', HOME: home, GIT_CONFIG_NOSYSTEM: '1' }
    const refused = await runCliWith(env, repo.work, 'promote', 'churn-classifier', '--commit')
    rmSync(home, { recursive: true, force: true })
    expect(refused.exitCode).toBe(2)
    expect(refused.stderr).toContain('git could not commit model-stages.yaml, so it was put back as it was')
    expect(refused.stderr).toContain('Tell git who you are')
    expect(repo.read()).toBe(before)
    expect(git(repo.work, 'status', '--porcelain')).toBe('')
    const retried = await runCli(repo.work, 'promote', 'churn-classifier', '--commit')
    expect(retried.exitCode).toBe(0)
    expect(git(repo.work, 'log', '-1', '--format=%s')).toMatch(/^churn-classifier: promote 1\.5\.0/)
  })
})

describe('a deploy job knows what changed', () => {
  it('CLI changes: registering a candidate does not move production; a promotion does', async () => {
    const repo = exampleRepo()
    expect((await runCli(repo.work, 'register', 'churn-classifier', '1.6.0', '--commit')).exitCode).toBe(0)
    const quiet = json((await runCli(repo.work, 'changes', 'churn-classifier', '--json')).stdout)
    expect(quiet.transitions).toEqual([
      { model: 'churn-classifier', version: '1.6.0', from: null, to: 'staging' }
    ])
    expect(quiet.production).toMatchObject({ changed: false, version: '1.4.0' })

    expect((await runCli(repo.work, 'promote', 'churn-classifier', '1.5.0', '--commit')).exitCode).toBe(0)
    const moved = await runCli(repo.work, 'changes', 'churn-classifier')
    expect(moved.stdout).toBe(
      'churn-classifier@1.4.0 production -> archived\n' +
        'churn-classifier@1.5.0 staging -> production\n' +
        'Production of churn-classifier changed: 1.4.0 -> 1.5.0.\n'
    )
  })

  it('action changes on a push: transitions, production-changed, production-version and -uri', async () => {
    const repo = exampleRepo()
    const before = git(repo.work, 'rev-parse', 'HEAD')
    const promoted = await runAction({
      cwd: repo.work,
      inputs: { command: 'promote', model: 'churn-classifier', mode: 'commit' },
      apiUrl: fixture.stub.url
    })
    expect(promoted.exitCode).toBe(0)
    const after = git(repo.work, 'rev-parse', 'HEAD')
    const run = await runAction({
      cwd: repo.work,
      inputs: { command: 'changes', model: 'churn-classifier' },
      eventName: 'push',
      event: { before, after, repository: { default_branch: 'main' } }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      changed: 'false',
      'production-changed': 'true',
      'production-version': '1.5.0',
      'production-uri': 'artifacts/churn-classifier/1.5.0'
    })
    expect(JSON.parse(run.outputs.transitions ?? '')).toEqual([
      { model: 'churn-classifier', version: '1.4.0', from: 'production', to: 'archived' },
      { model: 'churn-classifier', version: '1.5.0', from: 'staging', to: 'production' }
    ])
    const unrelated = await runAction({
      cwd: repo.work,
      inputs: { command: 'changes', model: 'ticket-ranker' },
      eventName: 'push',
      event: { before, after, repository: { default_branch: 'main' } }
    })
    expect(unrelated.outputs).toMatchObject({
      'production-changed': 'false',
      'production-version': '2024.10.1'
    })
  })

  it('action changes on a pull request compares its base with its head', async () => {
    const repo = exampleRepo()
    const base = git(repo.work, 'rev-parse', 'HEAD')
    git(repo.work, 'checkout', '--quiet', '-b', 'feature')
    expect((await runCli(repo.work, 'register', 'ticket-ranker', '2024.12.0', '--commit')).exitCode).toBe(0)
    const head = git(repo.work, 'rev-parse', 'HEAD')
    const run = await runAction({
      cwd: repo.work,
      inputs: { command: 'changes', model: 'ticket-ranker' },
      eventName: 'pull_request',
      event: { pull_request: { number: 9, base: { ref: 'main', sha: base }, head: { sha: head } } }
    })
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.transitions ?? '')).toEqual([
      { model: 'ticket-ranker', version: '2024.12.0', from: null, to: 'staging' }
    ])
    expect(run.outputs['production-changed']).toBe('false')
  })

  it('action register records metrics and metadata given as JSON; bad JSON is refused with the manifest untouched', async () => {
    const repo = exampleRepo()
    const run = await runAction({
      cwd: repo.work,
      inputs: {
        command: 'register',
        model: 'churn-classifier',
        version: '1.6.0',
        metrics: '{"auc": 0.94, "f1": 0.8}',
        metadata: '{"dataset": "2026-11"}',
        mode: 'commit'
      },
      apiUrl: fixture.stub.url
    })
    expect(run.exitCode).toBe(0)
    expect(repo.originFile()).toContain(
      '"1.6.0":\n        stage: staging\n        metrics: { auc: 0.94, f1: 0.8 }\n        metadata: { dataset: 2026-11 }\n'
    )
    const before = repo.originFile()
    const bad = await runAction({
      cwd: repo.work,
      inputs: {
        command: 'register',
        model: 'churn-classifier',
        version: '1.7.0',
        metrics: '{"auc": "high"}',
        mode: 'commit'
      },
      apiUrl: fixture.stub.url
    })
    expect(bad.exitCode).toBe(1)
    expect(bad.stdout).toContain('::error::input metrics: metric auc must be a number, not "high"')
    expect(repo.originFile()).toBe(before)
  })
})

describe('obtainable', () => {
  it('npm pack gives a package that npx runs in an empty directory (everything is in the bundle)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'model-stages-pack-'))
    try {
      const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', folder], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8'
      }).trim()
      const tarball = path.join(folder, packed.split('\n').pop() ?? '')
      const empty = path.join(folder, 'empty')
      mkdirSync(empty)
      const npx = (...args: string[]) =>
        spawnSync('npx', ['--yes', `../${path.basename(tarball)}`, ...args], {
          cwd: empty,
          encoding: 'utf8',
          env: { ...process.env, npm_config_cache: path.join(folder, 'cache') }
        })
      const help = npx('--help')
      expect(help.status).toBe(0)
      expect(help.stdout).toContain('Usage: model-stages <command>')
      const pkg = json(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'))
      expect(npx('--version').stdout).toBe(`${String(pkg.version)}\n`)
      expect(pkg.dependencies).toBeUndefined()
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
