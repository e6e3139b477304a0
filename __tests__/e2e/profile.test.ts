import { describe, expect, it } from '@jest/globals'
import { endToEndFixture } from '../helpers/example-repo.js'
import { badManifests, EXAMPLE_MANIFEST } from '../helpers/fixtures.js'
import { createRepo, git } from '../helpers/repo.js'
import { runAction } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'

/*
 * The manifest is plain data, for every command of both doors: each case of the strict profile is refused at its
 * file:line:col, exits non-zero, and leaves the manifest byte-for-byte as it was, in the work tree and on origin.
 */
const fixture = endToEndFixture()
const PROFILE_CASES = badManifests().filter(bad => Number(bad.name.slice(0, 2)) >= 26)

describe('the strict profile, through the CLI and the bundled action', () => {
  it('has a case for each rule', () => {
    expect(PROFILE_CASES.map(bad => bad.name.replace(/^\d+-|\.yaml$/g, ''))).toEqual([
      'alias-stage',
      'proto-model',
      'proto-version',
      'proto-metric',
      'constructor-gate',
      'prototype-metadata',
      'alias-bomb',
      'yaml-directive',
      'tag-str',
      'tag-custom',
      'lone-cr',
      'control-character',
      'deep-nesting',
      'second-document',
      'merge-key'
    ])
  })

  it.each(PROFILE_CASES.map(bad => [bad.name, bad] as const))(
    '%s is refused at its line by lint, show, promote, status, history and changes (CLI) and by show and promote (action)',
    async (_name, bad) => {
      const repo = fixture.use(createRepo(EXAMPLE_MANIFEST))
      repo.commit('A manifest that breaks the profile', bad.text)
      const [first] = bad.expected
      const place = `model-stages.yaml:${first?.line}:${first?.column}: `

      for (const args of [['lint'], ['show', 'churn'], ['promote', 'churn', '--dry-run'], ['status']]) {
        const run = await runCli(repo.work, ...args)
        expect({ args, exitCode: run.exitCode }).toEqual({ args, exitCode: 2 })
        expect(run.stderr).toContain(place + (first?.message ?? ''))
      }
      // An old revision that breaks the profile is told once, with its commit, and its moves are not counted.
      const history = await runCli(repo.work, 'history')
      expect(history.exitCode).toBe(0)
      const commit = git(repo.work, 'rev-parse', '--short=7', 'HEAD')
      expect(history.stderr.match(new RegExp(`at ${commit} breaks the manifest's rules`, 'g'))).toHaveLength(
        1
      )
      expect(history.stderr).toContain(`model-stages.yaml@${commit}:${first?.line}:${first?.column}: `)
      const changes = await runCli(repo.work, 'changes', '--from', 'HEAD~1', '--to', 'HEAD')
      expect(changes.exitCode).toBe(2)
      expect(changes.stderr).toContain(`model-stages.yaml@${commit}:${first?.line}:${first?.column}: `)

      const actionRuns: Array<Record<string, string>> = [
        { command: 'show', model: 'churn' },
        { command: 'promote', model: 'churn', mode: 'commit' }
      ]
      for (const inputs of actionRuns) {
        const run = await runAction({ cwd: repo.work, inputs, apiUrl: fixture.stub.url })
        expect({ inputs, exitCode: run.exitCode }).toEqual({ inputs, exitCode: 1 })
        expect(run.stdout).toContain(
          `::error title=model-stages,file=model-stages.yaml,line=${first?.line},col=${first?.column}::`
        )
      }
      expect(repo.read()).toBe(bad.text)
      expect(repo.originFile()).toBe(bad.text + (bad.text.endsWith('\n') ? '' : '\n'))
    }
  )
})

describe('the review bypass through a YAML alias', () => {
  it('check refuses a pull request that aliases an unvalidated version into production', async () => {
    const repo = fixture.exampleRepo('echo validated')
    const base = git(repo.work, 'rev-parse', 'HEAD')
    git(repo.work, 'checkout', '--quiet', '-b', 'feature')
    const attack = repo
      .read()
      .replace('stage: production          #', 'stage: &live production    #')
      .concat('      "6.6.6":\n        stage: *live\n        uri: s3://evil\n')
    expect(attack).toContain('*live')
    repo.commit('Add a version', attack)
    const head = git(repo.work, 'rev-parse', 'HEAD')
    fixture.stub.addPullRequest(9, 'feature')
    const run = await runAction({
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
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error title=model-stages,file=model-stages\.yaml,line=\d+,col=\d+::an anchor/
    )
    expect(run.stdout).toMatch(
      /::error title=model-stages,file=model-stages\.yaml,line=\d+,col=\d+::an alias/
    )
    expect(run.stdout).not.toContain('validated')
    expect(run.summary).not.toMatch(/every stage change is legal/i)

    const cli = await runCli(repo.work, 'check', '--base', base)
    expect(cli.exitCode).not.toBe(0)
    expect(cli.stderr + cli.stdout).toMatch(/model-stages\.yaml:\d+:\d+: an alias/)
  })
})
