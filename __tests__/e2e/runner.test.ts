import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { endToEndFixture } from '../helpers/example-repo.js'
import { createRepo } from '../helpers/repo.js'
import { PROJECT_ROOT, runAction } from '../helpers/run-action.js'

const fixture = endToEndFixture()
const show = { command: 'show', model: 'churn-classifier' }

/** The lines of stdout the runner reads as workflow commands, leaving out what runs with commands stopped. */
function obeyedCommands(stdout: string): string[] {
  const obeyed: string[] = []
  let resume: string | undefined
  for (const line of stdout.split('\n')) {
    if (resume !== undefined) {
      if (line === `::${resume}::`) resume = undefined
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) resume = stop[1]
    else if (line.startsWith('::')) obeyed.push(line)
  }
  return obeyed
}

/** A file of the runner's, made for one run and removed after it. */
function withRunnerFile<T>(content: string, use: (file: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(path.join(tmpdir(), 'model-stages-runner-file-'))
  const file = path.join(folder, 'file')
  writeFileSync(file, content)
  return use(file).finally(() => rmSync(folder, { recursive: true, force: true }))
}

describe("the runner's protocol, as dist/index.js speaks it", () => {
  it('reads each input from its INPUT_ variable, trimmed; an empty required one fails the step, named', async () => {
    const { work } = fixture.exampleRepo('true')
    const trimmed = await runAction({
      cwd: work,
      inputs: { command: ' show\n', model: '  churn-classifier ', mode: ' dry-run ' }
    })
    expect(trimmed.exitCode).toBe(0)
    expect(trimmed.outputs).toMatchObject({ model: 'churn-classifier', 'production-version': '1.4.0' })

    const empty = await runAction({ cwd: work, inputs: { ...show, manifest: '   ' } })
    expect(empty.exitCode).toBe(1)
    expect(obeyedCommands(empty.stdout)).toContain('::error::input manifest is required and was not given')
  })

  it('writes outputs to GITHUB_OUTPUT, each record behind its own random delimiter, and none to the log', async () => {
    const { work } = fixture.exampleRepo('true')
    await withRunnerFile('', async file => {
      const run = await runAction({ cwd: work, inputs: show, env: { GITHUB_OUTPUT: file } })
      expect(run.exitCode).toBe(0)
      const records = [
        ...readFileSync(file, 'utf8').matchAll(/^([\w-]+)<<(ghadelimiter_[0-9a-f-]{36})\n(.*)\n\2\n/gm)
      ]
      expect(records.map(record => [record[1], record[3]])).toEqual([
        ['model', 'churn-classifier'],
        ['production-version', '1.4.0'],
        ['production-uri', 'artifacts/churn-classifier/1.4.0'],
        ['changed', 'false']
      ])
      expect(new Set(records.map(record => record[2])).size).toBe(records.length)
      expect(run.stdout).not.toContain('set-output')
    })
  })

  it('a GITHUB_OUTPUT that names no file fails the step instead of losing the outputs', async () => {
    const { work } = fixture.exampleRepo('true')
    const run = await runAction({
      cwd: work,
      inputs: show,
      env: { GITHUB_OUTPUT: path.join(work, 'no-such-output-file') }
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/^::error::.*no-such-output-file/m)
  })

  it('appends the summary to GITHUB_STEP_SUMMARY; a runner without job summaries gets a warning, never a failed step', async () => {
    const { work } = fixture.exampleRepo('true')
    await withRunnerFile('# an earlier step\n', async file => {
      const run = await runAction({ cwd: work, inputs: show, env: { GITHUB_STEP_SUMMARY: file } })
      expect(run.exitCode).toBe(0)
      expect(readFileSync(file, 'utf8')).toBe(
        '# an earlier step\n## model-stages: churn-classifier in production: 1.4.0 (artifacts/churn-classifier/1.4.0)\n'
      )
    })
    const without = await runAction({ cwd: work, inputs: show, env: { GITHUB_STEP_SUMMARY: '' } })
    expect(without.exitCode).toBe(0)
    expect(without.outputs['production-version']).toBe('1.4.0')
    expect(obeyedCommands(without.stdout).join('\n')).toMatch(/^::warning::no job summary was written/m)
    // A commit-mode promotion lands, and says so, on a runner without job summaries.
    const landed = await runAction({
      cwd: work,
      inputs: { command: 'promote', model: 'churn-classifier', mode: 'commit' },
      env: { GITHUB_STEP_SUMMARY: '' }
    })
    expect(landed.exitCode).toBe(0)
    expect(landed.outputs.changed).toBe('true')
    expect(landed.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
  })

  it('text from the manifest reaches the log fenced: show and a dry run obey no command written in it', async () => {
    const repo = fixture.exampleRepo('true')
    repo.commit(
      'A uri with commands in it',
      repo
        .read()
        .replace(
          'uri: artifacts/churn-classifier/1.4.0',
          'uri: "artifacts/x\\n::warning title=forged::forged\\n::add-mask::artifacts\\n::stop-commands::guess"'
        )
    )
    const shown = await runAction({ cwd: repo.work, inputs: show })
    expect(shown.exitCode).toBe(0)
    expect(shown.stdout).toContain('::warning title=forged::forged')
    expect(
      obeyedCommands(shown.stdout).filter(line => /forged|add-mask::artifacts|guess/.test(line))
    ).toEqual([])
    const dryRun = await runAction({
      cwd: repo.work,
      inputs: { command: 'archive', model: 'churn-classifier', version: '1.4.0', mode: 'dry-run' }
    })
    expect(dryRun.exitCode).toBe(0)
    expect(dryRun.stdout).toContain('Planned change (dry run, nothing written)')
    expect(
      obeyedCommands(dryRun.stdout).filter(line => /forged|add-mask::artifacts|guess/.test(line))
    ).toEqual([])
  })

  it("a validation's output cannot end the error command that quotes it, nor issue one of its own", async () => {
    const { work } = fixture.exampleRepo(
      'echo "100% sure"; echo "::add-mask::forged"; echo "::error file=x::forged"; exit 3'
    )
    const run = await runAction({
      cwd: work,
      inputs: { command: 'promote', model: 'churn-classifier', mode: 'dry-run' }
    })
    expect(run.exitCode).toBe(1)
    const errors = obeyedCommands(run.stdout).filter(line => line.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^::error::Validation failed: .* exited 3 after .*%0A100%25 sure%0A::add-mask::forged%0A::error file=x::forged/
    )
    expect(obeyedCommands(run.stdout).filter(line => line.includes('forged'))).toEqual(errors)
  })

  it("a manifest's file name cannot end the properties of the annotation that points at it", async () => {
    const repo = fixture.use(
      createRepo('version: 1\nmodels:\n  m:\n    versions:\n      "1": { stage: live }\n', 'stages: a,b.yaml')
    )
    const run = await runAction({
      cwd: repo.work,
      inputs: { command: 'show', model: 'm', manifest: 'stages: a,b.yaml' }
    })
    expect(run.exitCode).toBe(1)
    expect(obeyedCommands(run.stdout)).toContainEqual(
      expect.stringMatching(
        /^::error title=model-stages,file=stages%3A a%2Cb\.yaml,line=5,col=21::.*stage must be one of/
      )
    )
  })

  it('narrates each publishing step as a log group, and names the steps in debug lines', async () => {
    const promote = { command: 'promote', model: 'churn-classifier' }
    const groups = (stdout: string) => {
      const obeyed = obeyedCommands(stdout)
      expect(obeyed.filter(line => line === '::endgroup::')).toHaveLength(
        obeyed.filter(line => line.startsWith('::group::')).length
      )
      return obeyed.filter(line => line.startsWith('::group::')).map(line => line.slice('::group::'.length))
    }
    const commit = await runAction({
      cwd: fixture.exampleRepo('true').work,
      inputs: { ...promote, mode: 'commit' },
      apiUrl: fixture.stub.url
    })
    expect(commit.exitCode).toBe(0)
    expect(groups(commit.stdout)).toEqual([
      'Fetch main from origin',
      'Validation output',
      'Commit the change to model-stages.yaml',
      'Push to main'
    ])
    expect(obeyedCommands(commit.stdout)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::debug::promote in .*: manifest model-stages\.yaml, mode commit$/),
        '::debug::git: origin is reached without the token input (not on https://github.example)'
      ])
    )

    const pullRequest = await runAction({
      cwd: fixture.exampleRepo('true').work,
      inputs: { ...promote, mode: 'pull-request' },
      apiUrl: fixture.stub.url
    })
    expect(pullRequest.exitCode).toBe(0)
    expect(groups(pullRequest.stdout)).toEqual([
      'Fetch main from origin',
      'Validation output',
      'Commit the change to model-stages.yaml',
      'Find an open pull request from model-stages/churn-classifier',
      'Push model-stages/churn-classifier',
      'Open the pull request into main'
    ])
    expect(obeyedCommands(pullRequest.stdout)).toContain(
      `::debug::GitHub API: acme/models at ${fixture.stub.url}`
    )
  })

  it('show starts without the GitHub client: its chunk can be missing', async () => {
    const { work } = fixture.exampleRepo('true')
    const copy = mkdtempSync(path.join(tmpdir(), 'model-stages-dist-'))
    try {
      cpSync(path.join(PROJECT_ROOT, 'dist'), copy, { recursive: true })
      const clientChunks = readdirSync(copy).filter(
        name =>
          name.endsWith('.js') && readFileSync(path.join(copy, name), 'utf8').includes('octokit-core.js')
      )
      expect(clientChunks).toHaveLength(1)
      for (const name of clientChunks) rmSync(path.join(copy, name))
      const run = await runAction({ cwd: work, inputs: show, entry: path.join(copy, 'index.js') })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['production-version']).toBe('1.4.0')
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
