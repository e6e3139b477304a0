import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import module from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { badManifests, EXAMPLE_MANIFEST, FIXTURES } from '../helpers/fixtures.js'
import { PROJECT_ROOT } from '../helpers/run-action.js'
import { createRepo, git, GIT_ENV, type TestRepo } from '../helpers/repo.js'
import { runCli, runCliWith } from '../helpers/run-cli.js'

const VALIDATE = 'test "$MODEL_VERSION" != "1.5.0-bad"'
let repo: TestRepo | undefined
afterEach(() => repo?.cleanup())

function exampleRepo(): TestRepo {
  repo = createRepo(
    EXAMPLE_MANIFEST.replaceAll('./scripts/validate-model.sh --min-auc 0.85', VALIDATE).replaceAll(
      './scripts/validate-model.sh',
      VALIDATE
    )
  )
  return repo
}

describe('CLI', () => {
  it('promotes the newest staging version, archives the old one and writes the file', async () => {
    const { work, read } = exampleRepo()
    const before = read()
    const run = await runCli(work, 'promote', 'churn-classifier')
    expect(run).toMatchObject({ exitCode: 0 })
    expect(run.stdout).toContain('churn-classifier: promote 1.5.0 to production (archives 1.4.0)')
    expect(git(work, 'diff', '--numstat')).toBe('2\t2\tmodel-stages.yaml')
    expect(read()).toBe(
      before
        .replace('stage: production          #', 'stage: archived            #')
        .replace(
          'stage: staging\n        uri: artifacts/churn-classifier/1.5.0',
          'stage: production\n        uri: artifacts/churn-classifier/1.5.0'
        )
    )
  })

  it('repeating a finished move is a no-op with exit 0', async () => {
    const { work, read } = exampleRepo()
    await runCli(work, 'promote', 'churn-classifier', '1.5.0')
    const after = read()
    const again = await runCli(work, 'promote', 'churn-classifier', '1.5.0', '--json')
    expect(again.exitCode).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({
      changed: false,
      transitions: [],
      note: 'churn-classifier 1.5.0 is already in production'
    })
    expect(read()).toBe(after)
  })

  it('--dry-run prints the plan and the diff and writes nothing', async () => {
    const { work, read } = exampleRepo()
    const before = read()
    const run = await runCli(work, 'promote', 'churn-classifier', '--dry-run')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('-        stage: staging\n+        stage: production')
    expect(run.stdout).toContain('Dry run: model-stages.yaml not written.')
    expect(read()).toBe(before)
  })

  it('a failed validation exits 1, says why, and leaves the manifest byte-for-byte', async () => {
    const { work, read } = exampleRepo()
    const before = read()
    const run = await runCli(
      work,
      'promote',
      'churn-classifier',
      '--validate',
      'echo "auc 0.70 < 0.85"; exit 3'
    )
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('auc 0.70 < 0.85')
    expect(run.stderr).toContain('exited 3')
    expect(read()).toBe(before)
  })

  it('no validation command for a promotion is an error, not a pass', async () => {
    const { work, read, write } = exampleRepo()
    write(read().replace(/^defaults:\n.*\n/m, ''))
    const before = read()
    const run = await runCli(work, 'promote', 'ticket-ranker')
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('no validation command for ticket-ranker')
    expect(read()).toBe(before)
  })

  it('register, then --json output of show', async () => {
    const { work } = exampleRepo()
    const registered = await runCli(
      work,
      'register',
      'churn-classifier',
      '1.6.0',
      '--uri',
      's3://models/churn/1.6.0'
    )
    expect(registered.exitCode).toBe(0)
    const shown = await runCli(work, 'show', 'churn-classifier', '--json')
    expect(JSON.parse(shown.stdout)).toMatchObject({
      production: { version: '1.4.0' },
      versions: [
        { version: '1.3.0' },
        { version: '1.4.0' },
        { version: '1.5.0' },
        { version: '1.6.0', stage: 'staging', uri: 's3://models/churn/1.6.0' }
      ]
    })
  })

  it('rollback without a version goes back to the version that left production last, from git history', async () => {
    const { work, read, commit } = exampleRepo()
    await runCli(work, 'promote', 'churn-classifier')
    commit('Promote 1.5.0')
    const run = await runCli(work, 'rollback', 'churn-classifier')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('churn-classifier: roll back to 1.4.0 (archives 1.5.0)')
    expect(read()).toContain('"1.4.0":\n        stage: production')
    const never = await runCli(work, 'rollback', 'churn-classifier', '1.3.0')
    expect(never.exitCode).toBe(1)
    expect(never.stderr).toContain('1.3.0 was never in production')
  })

  it('history lists the transitions recorded in git', async () => {
    const { work, commit } = exampleRepo()
    await runCli(work, 'promote', 'churn-classifier')
    const sha = commit('Promote churn-classifier 1.5.0 (#12)')
    const run = await runCli(work, 'history', 'churn-classifier', '--json')
    const entries = JSON.parse(run.stdout) as Array<Record<string, unknown>>
    expect(entries.slice(-2)).toEqual([
      expect.objectContaining({
        version: '1.4.0',
        from: 'production',
        to: 'archived',
        commit: sha,
        pullRequest: 12,
        author: 'Test Author'
      }),
      expect.objectContaining({
        version: '1.5.0',
        from: 'staging',
        to: 'production',
        commit: sha,
        pullRequest: 12
      })
    ])
  })

  it('show --at answers what was in production at a commit or a date', async () => {
    const { work, commit } = exampleRepo()
    const before = git(work, 'rev-parse', 'HEAD')
    await runCli(work, 'promote', 'churn-classifier')
    commit('Promote 1.5.0')
    const then = JSON.parse((await runCli(work, 'show', 'churn-classifier', '--at', before, '--json')).stdout)
    expect(then).toMatchObject({ production: { version: '1.4.0' }, commit: before })
    const now = JSON.parse((await runCli(work, 'show', 'churn-classifier', '--at', 'HEAD', '--json')).stdout)
    expect(now.production.version).toBe('1.5.0')
    const today = new Date().toISOString().slice(0, 10)
    expect((await runCli(work, 'show', 'churn-classifier', '--at', today)).stdout).toContain(
      'production 1.5.0'
    )
    const early = await runCli(work, 'show', 'churn-classifier', '--at', '2001-01-01')
    expect(early).toMatchObject({ exitCode: 2, stderr: 'model-stages: no commit at or before 2001-01-01\n' })
  })

  it('check reviews the uncommitted stage changes as a pull request check would', async () => {
    const { work, read, write } = exampleRepo()
    expect((await runCli(work, 'check')).stdout).toBe('No change to model-stages.yaml since HEAD.\n')
    await runCli(work, 'promote', 'churn-classifier')
    const legal = await runCli(work, 'check')
    expect(legal.exitCode).toBe(0)
    expect(legal.stdout).toContain('churn-classifier@1.5.0 staging -> production: promote; validation passed')
    write(read().replace('"1.3.0":\n        stage: archived', '"1.3.0":\n        stage: staging'))
    write(read().replace('"2024.10.1": { stage: production', '"2024.10.1": { stage: staging'))
    const illegal = await runCli(work, 'check', '--json')
    expect(illegal.exitCode).toBe(1)
    expect(JSON.parse(illegal.stdout)).toMatchObject({
      passed: false,
      changes: expect.arrayContaining([
        expect.objectContaining({ version: '1.3.0', operation: 'restore' }),
        expect.objectContaining({
          version: '2024.10.1',
          refusal: expect.stringContaining('production → staging is not allowed')
        })
      ])
    })
  })

  it('check refuses a deleted manifest and a promotion with no validation command', async () => {
    const { work, read, write } = exampleRepo()
    write(
      read()
        .replace(/^defaults:\n.*\n/m, '')
        .replace('"2024.11.0": { stage: staging', '"2024.11.0": { stage: production')
        .replace('"2024.10.1": { stage: production', '"2024.10.1": { stage: archived')
    )
    const unvalidated = await runCli(work, 'check')
    expect(unvalidated.exitCode).toBe(1)
    expect(unvalidated.stdout).toContain(
      'ticket-ranker@2024.11.0 staging -> production: refused: no validation command for ticket-ranker'
    )
    git(work, 'rm', '--quiet', '-f', 'model-stages.yaml')
    const deleted = await runCli(work, 'check')
    expect(deleted.exitCode).toBe(2)
    expect(deleted.stderr).toContain('model-stages.yaml:1:1: the manifest was deleted')
  })

  it('a move reads its own model: a problem in another model does not block it, a duplicate of its own key does', async () => {
    const { work, read, write } = exampleRepo()
    const typo = read().replace('"2024.11.0": { stage: staging,', '"2024.11.0": { stgae: staging,')
    write(typo)
    const promoted = await runCli(work, 'promote', 'churn-classifier')
    expect(promoted.exitCode).toBe(0)
    // Only churn-classifier's lines changed; the other model's problem is still there for lint and check to report.
    expect(git(work, 'diff', '--numstat')).toBe('3\t3\tmodel-stages.yaml')
    expect(read()).toContain('{ stgae: staging,')
    const lint = await runCli(work, 'lint')
    expect(lint.exitCode).toBe(2)
    expect(lint.stderr).toMatch(/model-stages\.yaml:\d+:\d+: unknown key "stgae"/)

    const duplicated = `${typo.replace('{ stgae: staging,', '{ stage: staging,')}  churn-classifier:\n    versions: {}\n`
    write(duplicated)
    const refused = await runCli(work, 'promote', 'churn-classifier')
    expect(refused.exitCode).toBe(2)
    expect(refused.stderr).toMatch(/model-stages\.yaml:\d+:\d+: duplicate key churn-classifier/)
    expect(read()).toBe(duplicated)
  })

  it('lint prints every problem as file:line:col and exits 2', async () => {
    const { work, write } = exampleRepo()
    const fixture = badManifests().find(f => f.name.includes('many-problems'))
    mkdirSync(path.join(work, 'stages'))
    write(fixture?.text ?? '', 'stages/bad.yaml')
    const run = await runCli(path.join(work, 'stages'), 'lint', '--manifest', 'bad.yaml')
    expect(run.exitCode).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(3)
    expect(run.stderr).toMatch(/^stages\/bad\.yaml:4:10: /m)
    expect((await runCli(work, 'lint')).stdout).toBe('model-stages.yaml: no problems\n')
    // --json has one shape, with or without problems.
    const bad = await runCli(path.join(work, 'stages'), 'lint', '--manifest', 'bad.yaml', '--json')
    expect(bad.exitCode).toBe(2)
    expect(JSON.parse(bad.stdout)).toEqual({
      file: 'stages/bad.yaml',
      problems: expect.arrayContaining([expect.objectContaining({ line: 4, column: 10 })])
    })
    expect(JSON.parse((await runCli(work, 'lint', '--json')).stdout)).toEqual({
      file: 'model-stages.yaml',
      problems: []
    })
    // No manifest at all: lint says how to start one.
    const none = await runCli(work, 'lint', '--manifest', 'missing.yaml')
    expect(none.exitCode).toBe(2)
    expect(none.stderr).toContain(
      'missing.yaml:1:1: cannot read the manifest: there is no such file. Start one with `model-stages init`'
    )
  })

  it('--help works everywhere', async () => {
    const { work } = exampleRepo()
    expect((await runCli(work, '--help')).stdout).toContain('Usage: model-stages <command>')
    for (const command of [
      'register',
      'promote',
      'archive',
      'restore',
      'rollback',
      'show',
      'lint',
      'history'
    ]) {
      const run = await runCli(work, command, '--help')
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain(`model-stages ${command}`)
    }
  })

  const badArguments = JSON.parse(readFileSync(path.join(FIXTURES, 'bad-arguments.json'), 'utf8')) as Array<{
    args: string[]
    exit: number
    message: string
  }>

  it.each(badArguments.map(c => [c.args.join(' '), c] as const))('bad arguments: %s', async (_name, bad) => {
    const { work, read } = exampleRepo()
    const before = read()
    const run = await runCli(work, ...bad.args)
    expect(run.exitCode).toBe(bad.exit)
    expect(run.stderr).toContain(bad.message)
    expect(run.stderr).not.toMatch(/ERR_PARSE_ARGS|TypeError|\n\s+at .*\.js:\d+/)
    expect(read()).toBe(before)
    expect(existsSync(path.join(work, 'pwned'))).toBe(false)
  })

  it.each(badManifests().map(f => [f.name, f] as const))(
    'bad manifest %s: exit 2, located message, file untouched',
    async (_name, fixture) => {
      repo = createRepo(fixture.text)
      const run = await runCli(repo.work, 'archive', 'churn', '1.0.0')
      expect(run.exitCode).toBe(2)
      const first = fixture.expected[0]
      expect(run.stderr).toContain(`model-stages.yaml:${first?.line}:${first?.column}: `)
      expect(readFileSync(path.join(repo.work, 'model-stages.yaml'), 'utf8')).toBe(fixture.text)
    }
  )
})

/** Node 22.1 and later can keep compiled code on disk; before, the bin runs without. */
const nodeKeepsCompiledCode =
  typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function'

/**
 * Runs the CLI into a pipe that is read only after a second, as into a slow reader: what it writes beyond the pipe's
 * buffer must wait in the process until it is read.
 */
function runCliReadLate(cwd: string, ...args: string[]): { status: number | null; stdout: string } {
  const cli = path.join(PROJECT_ROOT, 'dist', 'cli.js')
  return spawnSync('sh', ['-c', '"$0" "$@" | (sleep 1; cat)', process.execPath, cli, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...GIT_ENV },
    encoding: 'utf8'
  })
}

describe('the bin', () => {
  it('writes the whole of a long output into a pipe that is read late, then exits', () => {
    const models = Array.from({ length: 500 }, (_, model) =>
      [
        `  model-${model}:`,
        '    versions:',
        ...Array.from({ length: 8 }, (_, version) => [
          `      "1.${version}.0":`,
          `        stage: ${version === 7 ? 'production' : 'archived'}`
        ]).flat()
      ].join('\n')
    )
    repo = createRepo(`version: 1\ndefaults:\n  validate: "true"\nmodels:\n${models.join('\n')}\n`)
    const run = runCliReadLate(repo.work, 'status', '--json')
    expect(run.status).toBe(0)
    // More than a pipe holds (64 KiB on Linux).
    expect(run.stdout.length).toBeGreaterThan(100_000)
    const status = JSON.parse(run.stdout) as { models: Array<{ model: string; production: string }> }
    expect(status.models).toHaveLength(500)
    expect(status.models.at(-1)).toMatchObject({ model: 'model-499', production: '1.7.0' })
  })

  it('keeps its compiled code on disk where Node can (22.1 and later), and not when told not to', async () => {
    const { work } = exampleRepo()
    const temp = mkdtempSync(path.join(tmpdir(), 'model-stages-compile-cache-'))
    try {
      const env = { PATH: process.env.PATH ?? '', ...GIT_ENV }
      const withCache = path.join(temp, 'with')
      const without = path.join(temp, 'without')
      mkdirSync(withCache)
      mkdirSync(without)
      expect(await runCliWith({ ...env, TMPDIR: withCache }, work, 'lint')).toMatchObject({ exitCode: 0 })
      const cache = path.join(withCache, 'node-compile-cache')
      expect(existsSync(cache) && readdirSync(cache).length > 0).toBe(nodeKeepsCompiledCode)
      const off = { ...env, TMPDIR: without, NODE_DISABLE_COMPILE_CACHE: '1' }
      expect(await runCliWith(off, work, 'lint')).toMatchObject({ exitCode: 0 })
      expect(existsSync(path.join(without, 'node-compile-cache'))).toBe(false)
    } finally {
      rmSync(temp, { recursive: true, force: true })
    }
  })
})
