import { describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { PUSH_BUDGET_MS } from '../../src/action/publish/publish-move.js'
import { endToEndFixture } from '../helpers/example-repo.js'
import { createRepo, git, type TestRepo } from '../helpers/repo.js'
import { runAction, type ActionRunOptions } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'

const fixture = endToEndFixture()
const PASS = 'echo "checking $MODEL_NAME $MODEL_VERSION"'
const TOKEN = 'ghs_0123456789abcdefSECRET'
const promote = { command: 'promote', model: 'churn-classifier' }

/** The action in `repo`'s work tree, against the stub, with the test token. */
function act(repo: TestRepo, inputs: Record<string, string>, options: Partial<ActionRunOptions> = {}) {
  return runAction({
    cwd: repo.work,
    inputs: { token: TOKEN, ...inputs },
    apiUrl: fixture.stub.url,
    ...options
  })
}

/** What a refused or failed run must leave: the manifest byte-identical in the work tree and on origin. */
function expectUntouched(repo: TestRepo, before: { work: string; origin: string; main: string }) {
  expect(repo.read()).toBe(before.work)
  expect(repo.originFile()).toBe(before.origin)
  expect(git(repo.origin, 'rev-parse', 'main')).toBe(before.main)
}

function snapshot(repo: TestRepo) {
  return { work: repo.read(), origin: repo.originFile(), main: git(repo.origin, 'rev-parse', 'main') }
}

function originBranches(repo: TestRepo): string[] {
  return git(repo.origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads').split('\n')
}

/** A hook on origin that refuses pushes to refs matching `pattern`, in the words a protected branch uses. */
function refusePushes(repo: TestRepo, pattern: string) {
  const hook = path.join(repo.origin, 'hooks', 'pre-receive')
  writeFileSync(
    hook,
    [
      '#!/bin/sh',
      `echo x >> "${path.join(repo.root, 'pushes')}"`,
      'while read old new ref; do',
      `  case "$ref" in ${pattern}) echo "GH006: Protected branch update failed for $ref." >&2; exit 1;; esac`,
      'done'
    ].join('\n') + '\n'
  )
  chmodSync(hook, 0o755)
}

const API_FAST = {
  MODEL_STAGES_API_TIMEOUT: '1',
  MODEL_STAGES_API_RETRIES: '1',
  MODEL_STAGES_API_RETRY_DELAY: '0.05'
}

describe('secrets stay secret', () => {
  it('the validation environment holds the step env but no input, runner token or secret', async () => {
    const repo = fixture.exampleRepo('env > "$ENV_DUMP"')
    const dump = path.join(repo.root, 'validation-env')
    const run = await act(
      repo,
      { ...promote, mode: 'dry-run' },
      {
        env: {
          ENV_DUMP: dump,
          TEAM_SETTING: 'kept',
          ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
          ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example',
          GH_TOKEN: TOKEN
        }
      }
    )
    expect(run.exitCode).toBe(0)
    const environment = readFileSync(dump, 'utf8')
    expect(environment).toContain('TEAM_SETTING=kept')
    expect(environment).toContain('MODEL_NAME=churn-classifier')
    expect(environment).toContain('ACTIONS_ID_TOKEN_REQUEST_URL=https://oidc.example')
    expect(environment).not.toMatch(/^INPUT_/m)
    expect(environment).not.toContain('ACTIONS_RUNTIME_TOKEN')
    expect(environment).not.toContain('runtime-secret')
    expect(environment).not.toContain(TOKEN)
    expect(environment).not.toContain('GH_TOKEN')
  })

  it('the token is masked in the log and redacted from the pull request, commit message and summary', async () => {
    const repo = fixture.exampleRepo(`echo "token is ${TOKEN}"`)
    const run = await act(repo, promote)
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
    const body = String(fixture.stub.pulls[0]?.body)
    expect(body).toContain('token is ***')
    const message = git(repo.origin, 'log', '-1', '--format=%B', 'model-stages/churn-classifier')
    expect(message).toContain('echo "token is ***"')
    for (const text of [body, String(fixture.stub.pulls[0]?.title), message, run.summary])
      expect(text).not.toContain(TOKEN)
  })
})

describe('reports cannot be taken over by validation output', () => {
  it('output with ``` and ~~~~ stays inside its code block in the summary and the pull request', async () => {
    const hostile = 'echo "\\`\\`\\`"; echo "~~~~"; echo "</details>"; echo "[click](https://evil.example)"'
    const failing = fixture.exampleRepo(`${hostile}; exit 3`)
    const failed = await act(failing, { ...promote, mode: 'commit' })
    expect(failed.exitCode).toBe(1)
    const tail = '```\n~~~~\n</details>\n[click](https://evil.example)'
    expect(failed.summary).toContain(`\n\`\`\`\`\n${tail}\n\`\`\`\`\n</details>`)

    const passing = fixture.exampleRepo(hostile)
    expect((await act(passing, promote)).exitCode).toBe(0)
    expect(String(fixture.stub.pulls[0]?.body)).toContain(`\n\`\`\`\`\n${tail}\n\`\`\`\`\n</details>`)
  })
})

describe('every API answer is checked, and a failing API is told truly', () => {
  it('a 200 with invalid JSON is an error that says what came back, and nothing is pushed', async () => {
    const repo = fixture.exampleRepo(PASS)
    const before = snapshot(repo)
    fixture.stub.faults.push({ route: /^GET .*\/pulls$/, answer: 'garbage' })
    const run = await act(repo, promote)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::GitHub's answer to list pull requests is not what that call returns \(<html><body>502 Bad Gateway/
    )
    expect(run.outputs['pull-request-number']).toBeUndefined()
    expect(originBranches(repo)).toEqual(['main'])
    expect(run.summary).toContain('Nothing was changed.')
    expectUntouched(repo, before)
  })

  it('garbage in answer to opening the pull request: the branch this run pushed is removed again', async () => {
    const repo = fixture.exampleRepo(PASS)
    const before = snapshot(repo)
    fixture.stub.faults.push({ route: /^POST .*\/pulls$/, answer: 'garbage' })
    const run = await act(repo, promote)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("GitHub's answer to create a pull request is not what that call returns")
    expect(run.stdout).toContain(
      'The branch model-stages/churn-classifier this run pushed was removed again.'
    )
    expect(originBranches(repo)).toEqual(['main'])
    expectUntouched(repo, before)
  })

  it('a silent API fails within its timeout and retries, instead of hanging the job', async () => {
    const repo = fixture.exampleRepo(PASS)
    const before = snapshot(repo)
    fixture.stub.faults.push({ route: /^GET .*\/pulls$/, answer: 'silence' })
    const run = await act(repo, promote, { env: API_FAST })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::GitHub did not answer a request to list pull requests \(no answer within 1 s \(timeout\)\)/
    )
    expect(run.stdout).toContain('re-run the job')
    expect(fixture.stub.routes()).toEqual(['GET /repos/acme/models/pulls', 'GET /repos/acme/models/pulls'])
    expect(originBranches(repo)).toEqual(['main'])
    expectUntouched(repo, before)
  })

  it('a 5xx is retried with backoff, and the run then succeeds', async () => {
    const repo = fixture.exampleRepo(PASS)
    fixture.stub.faults.push({ route: /^POST .*\/pulls$/, answer: { status: 502 }, times: 1 })
    const run = await act(repo, promote, { env: API_FAST })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['pull-request-number']).toBe('1')
    expect(fixture.stub.routes().filter(route => route.startsWith('POST'))).toHaveLength(2)
  })

  it('"not permitted to create pull requests" names the setting; the summary tells the truth about the branch', async () => {
    const repo = fixture.exampleRepo(PASS)
    const before = snapshot(repo)
    fixture.stub.faults.push({
      route: /^POST .*\/pulls$/,
      answer: { status: 403, message: 'GitHub Actions is not permitted to create or approve pull requests.' }
    })
    const run = await act(repo, promote)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('Allow GitHub Actions to create and approve pull requests')
    expect(run.summary).toContain(
      'The branch model-stages/churn-classifier this run pushed was removed again.'
    )
    expect(originBranches(repo)).toEqual(['main'])
    expectUntouched(repo, before)
  })

  it('when the pull request already had a branch, the summary says that branch now holds the change', async () => {
    const repo = fixture.exampleRepo(PASS)
    expect((await act(repo, promote)).exitCode).toBe(0)
    fixture.stub.faults.push({
      route: /^PATCH .*\/pulls\/1$/,
      answer: { status: 422, message: 'Validation Failed' }
    })
    const run = await act(repo, promote)
    expect(run.exitCode).toBe(1)
    expect(run.summary).toMatch(
      /The branch model-stages\/churn-classifier on origin now holds this change \(commit [0-9a-f]{7}\); its pull request was not updated\./
    )
    expect(run.summary).not.toContain('Nothing was changed.')
  })
})

describe('pushes', () => {
  it('a push the server refuses is reported at once with its own words and the fix, not retried as a race', async () => {
    const repo = fixture.exampleRepo(PASS)
    const before = snapshot(repo)
    refusePushes(repo, 'refs/heads/main')
    const run = await act(repo, { ...promote, mode: 'commit' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('origin refused the push to main:')
    expect(run.stdout).toContain('GH006: Protected branch update failed for refs/heads/main.')
    expect(run.stdout).toContain('Use mode: pull-request')
    expect(run.stdout).not.toContain('moved on')
    expect(readFileSync(path.join(repo.root, 'pushes'), 'utf8')).toBe('x\n')
    expectUntouched(repo, before)
  })

  it('a refused pull request branch stops the run before any pull request is opened', async () => {
    const repo = fixture.exampleRepo(PASS)
    const before = snapshot(repo)
    refusePushes(repo, 'refs/heads/model-stages/*')
    const run = await act(repo, promote)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('origin refused the branch model-stages/churn-classifier:')
    expect(run.stdout).toContain('GH006')
    expect(fixture.stub.routes()).toEqual(['GET /repos/acme/models/pulls'])
    expectUntouched(repo, before)
  })
})

/** A model with `count` versions in staging (and one in production), each of which a run can promote. */
function racingRepo(count: number): TestRepo {
  const versions = Array.from(
    { length: count },
    (_, index) => `      "2.${index}.0":\n        stage: staging\n        uri: s3://models/m/2.${index}.0\n`
  )
  return fixture.use(
    createRepo(
      [
        'version: 1',
        'models:',
        '  ranker:',
        '    validate: test -n "$MODEL_VERSION"',
        '    versions:',
        '      "1.0.0":',
        '        stage: production',
        ...versions.map(text => text.trimEnd())
      ].join('\n') + '\n'
    )
  )
}

function clones(repo: TestRepo, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const clone = path.join(repo.root, `runner-${index}`)
    git(repo.root, 'clone', '--quiet', repo.origin, clone)
    return clone
  })
}

describe('racing runs all land', () => {
  it(
    '20 commit-mode promotions racing on one origin: all land, none lost, one version in production',
    async () => {
      const repo = racingRepo(20)
      const runners = clones(repo, 20)
      const runs = await Promise.all(
        runners.map((cwd, index) =>
          runAction({
            cwd,
            inputs: {
              command: 'promote',
              model: 'ranker',
              version: `2.${index}.0`,
              mode: 'commit',
              token: TOKEN
            },
            apiUrl: fixture.stub.url
          })
        )
      )
      expect(runs.map(run => run.exitCode)).toEqual(runs.map(() => 0))
      expect(git(repo.origin, 'rev-list', '--count', 'main')).toBe('21')
      const final = repo.originFile()
      expect(final.match(/stage: production/g)).toHaveLength(1)
      expect(final.match(/stage: archived/g)).toHaveLength(20)
      const promoted = git(repo.origin, 'log', '--format=%s', 'main').split('\n').slice(0, 20)
      expect(new Set(promoted.map(subject => /promote (\S+)/.exec(subject)?.[1])).size).toBe(20)
      // Twenty runners on a small machine take turns for the push; each has the product's own push budget.
    },
    PUSH_BUDGET_MS
  )

  it('5 pull-request-mode runs racing for one model: all succeed and share one pull request', async () => {
    const repo = racingRepo(5)
    const runners = clones(repo, 5)
    const runs = await Promise.all(
      runners.map((cwd, index) =>
        runAction({
          cwd,
          inputs: { command: 'promote', model: 'ranker', version: `2.${index}.0`, token: TOKEN },
          apiUrl: fixture.stub.url
        })
      )
    )
    expect(runs.map(run => run.exitCode)).toEqual(runs.map(() => 0))
    expect(fixture.stub.pulls).toHaveLength(1)
    expect(runs.map(run => run.outputs['pull-request-number'])).toEqual(runs.map(() => '1'))
    const head = git(repo.origin, 'rev-parse', 'model-stages/ranker')
    expect(runs.map(run => run.outputs['commit-sha'])).toContain(head)
    expect(git(repo.origin, 'rev-list', '--count', 'main')).toBe('1')
  })
})

describe('the manifest stays inside the repository', () => {
  it('a path that climbs out with .. is refused by the action and the CLI', async () => {
    const repo = fixture.exampleRepo(PASS)
    mkdirSync(path.join(repo.work, 'sub'))
    writeFileSync(
      path.join(repo.root, 'outside.yaml'),
      readFileSync(path.join(repo.work, 'model-stages.yaml'))
    )
    const before = readFileSync(path.join(repo.root, 'outside.yaml'), 'utf8')
    const run = await act(repo, { ...promote, mode: 'commit', manifest: 'sub/../../outside.yaml' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::the manifest must be a file inside the repository .*"sub\/\.\.\/\.\.\/outside\.yaml" leads to .*outside\.yaml/
    )
    const cli = await runCli(repo.work, 'promote', 'churn-classifier', '--manifest', 'sub/../../outside.yaml')
    expect(cli.exitCode).toBe(2)
    expect(cli.stderr).toContain('the manifest must be a file inside the repository')
    expect(readFileSync(path.join(repo.root, 'outside.yaml'), 'utf8')).toBe(before)
  })

  it('a committed symlink that leads out of the repository is refused, not read', async () => {
    const repo = fixture.exampleRepo(PASS)
    writeFileSync(path.join(repo.root, 'secret.yaml'), 'version: 1\nmodels: {}\n')
    symlinkSync(path.join(repo.root, 'secret.yaml'), path.join(repo.work, 'linked.yaml'))
    repo.commit('Add a link')
    const run = await act(repo, { command: 'show', model: 'churn-classifier', manifest: 'linked.yaml' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('"linked.yaml" leads to')
    const cli = await runCli(repo.work, 'show', 'churn-classifier', '--manifest', 'linked.yaml')
    expect(cli.exitCode).toBe(2)
  })

  it('a symlinked manifest inside the repository is written through: the link stays a link', async () => {
    const repo = fixture.exampleRepo(PASS)
    mkdirSync(path.join(repo.work, 'config'))
    writeFileSync(path.join(repo.work, 'config', 'stages.yaml'), repo.read())
    symlinkSync(path.join('config', 'stages.yaml'), path.join(repo.work, 'stages.yaml'))
    const cli = await runCli(repo.work, 'promote', 'churn-classifier', '--manifest', 'stages.yaml')
    expect(cli.exitCode).toBe(0)
    expect(lstatSync(path.join(repo.work, 'stages.yaml')).isSymbolicLink()).toBe(true)
    const target = readFileSync(path.join(repo.work, 'config', 'stages.yaml'), 'utf8')
    expect(target).not.toBe(repo.read())
    expect(target).toContain('"1.5.0":\n        stage: production')
    expect(cli.stdout).toContain('config/stages.yaml')
  })
})

/** Whether a process runs (a zombie counts as gone). */
function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))
  } catch {
    return false
  }
}

describe('a cancelled step', () => {
  it('SIGTERM takes the validation process tree down with the action', async () => {
    const repo = fixture.exampleRepo('echo $$ > "$PIDS"; sleep 120 & echo $! >> "$PIDS"; wait')
    const pids = path.join(repo.root, 'pids')
    let action: import('node:child_process').ChildProcess | undefined
    const running = act(
      repo,
      { ...promote, mode: 'commit' },
      { env: { PIDS: pids }, onStart: child => (action = child) }
    )
    while (!existsSync(pids) || readFileSync(pids, 'utf8').trim().split('\n').length < 2)
      await new Promise(resolve => setTimeout(resolve, 50))
    action?.kill('SIGTERM')
    const run = await running
    expect(run.exitCode).toBe(143)
    const pidList = readFileSync(pids, 'utf8').trim().split('\n').map(Number)
    // An orphan is gone once init has reaped it: allow it a moment.
    for (let wait = 0; wait < 40 && pidList.some(isRunning); wait++)
      await new Promise(resolve => setTimeout(resolve, 50))
    expect(pidList.filter(isRunning)).toEqual([])
    expect(git(repo.origin, 'rev-list', '--count', 'main')).toBe('1')
  })
})

describe('the token never reaches what model-stages writes', () => {
  it('a validation that writes the token as a metric name fails, and the token is nowhere on origin or in the outputs', async () => {
    const token = 'ghp_LEAKEDtoken0123456789abcdefghijklmn'
    // As a validation can: the token from its parent's environment, written as a metric name.
    const repo = fixture.exampleRepo(
      `t=$(tr '\\0' '\\n' < /proc/$PPID/environ | sed -n 's/^INPUT_TOKEN=//p'); printf '{"%s": 0.95}' "$t" > "$MODEL_METRICS_FILE"`
    )
    const before = repo.originFile()
    const run = await runAction({
      cwd: repo.work,
      inputs: { command: 'promote', model: 'churn-classifier', mode: 'commit', token },
      apiUrl: fixture.stub.url
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.validation).toBe('failed')
    expect(run.stdout).toContain('a metric name holds a secret of this run')
    expect(repo.originFile()).toBe(before)
    expect(git(repo.origin, 'log', '--all', '-p').includes(token)).toBe(false)
    expect(JSON.stringify(run.outputs).includes(token)).toBe(false)
    expect(run.summary.includes(token)).toBe(false)
  })
})
