import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { checkManifest } from '../../src/manifest/read.js'
import { badManifests } from '../helpers/fixtures.js'
import { endToEndFixture } from '../helpers/example-repo.js'
import { createRepo, git } from '../helpers/repo.js'
import { runAction } from '../helpers/run-action.js'

const PASS = 'echo "checking $MODEL_NAME $MODEL_VERSION"; exit 0'
const fixture = endToEndFixture()
const exampleRepo = (validate = PASS) => fixture.exampleRepo(validate)

describe('action end to end (dist/index.js)', () => {
  it('mode commit: promotes, pushes one commit that says what moved and why, sets every output', async () => {
    const { work, origin } = exampleRepo()
    const before = git(origin, 'rev-parse', 'main')
    const run = await runAction({
      cwd: work,
      inputs: { command: 'promote', model: 'churn-classifier', mode: 'commit' },
      apiUrl: fixture.stub.url
    })
    expect(run.exitCode).toBe(0)
    const head = git(origin, 'rev-parse', 'main')
    expect(git(origin, 'rev-parse', 'main~1')).toBe(before)
    expect(run.outputs).toEqual({
      changed: 'true',
      model: 'churn-classifier',
      version: '1.5.0',
      stage: 'production',
      'previous-stage': 'staging',
      archived: '["1.4.0"]',
      'production-version': '1.5.0',
      'production-uri': 'artifacts/churn-classifier/1.5.0',
      validation: 'passed',
      'pull-request-number': '',
      'pull-request-url': '',
      'commit-sha': head,
      gates: '[]'
    })
    const message = git(origin, 'log', '-1', '--format=%B', 'main')
    expect(message).toMatch(
      /^churn-classifier: promote 1\.5\.0 to production \(archives 1\.4\.0\)\n\nValidation passed: /
    )
    expect(message).toContain('Requested by @octo-dev: https://github.example/acme/models/actions/runs/4242.')
    expect(message).toContain(
      'Model-Stage: churn-classifier@1.5.0 staging -> production\nModel-Stage: churn-classifier@1.4.0 production -> archived'
    )
    expect(git(origin, 'log', '-1', '--format=%an <%ae> / %cn', 'main')).toBe(
      'octo-dev <1001+octo-dev@users.noreply.github.com> / github-actions[bot]'
    )
    expect(git(origin, 'diff', '--numstat', 'main~1', 'main')).toBe('2\t2\tmodel-stages.yaml')
    expect(git(work, 'rev-parse', 'HEAD')).toBe(head)
    expect(run.summary).toContain(
      '| churn-classifier | `1.5.0` | staging → production | passed | 1.4.0 | [commit '
    )
    expect(fixture.stub.requests).toEqual([])
  })

  it('mode pull-request: opens one pull request, and a re-run updates it instead of opening another', async () => {
    const { work, origin } = exampleRepo()
    const inputs = { command: 'promote', model: 'churn-classifier' }
    const first = await runAction({ cwd: work, inputs, apiUrl: fixture.stub.url })
    expect(first.exitCode).toBe(0)
    expect(first.outputs).toMatchObject({
      changed: 'true',
      'pull-request-number': '1',
      'pull-request-url': 'https://github.example/acme/models/pull/1'
    })
    expect(git(origin, 'rev-parse', 'model-stages/churn-classifier')).toBe(first.outputs['commit-sha'])
    expect(git(origin, 'rev-parse', 'model-stages/churn-classifier~1')).toBe(git(origin, 'rev-parse', 'main'))
    expect(fixture.stub.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/models/pulls',
      'POST /repos/acme/models/pulls'
    ])
    expect(fixture.stub.requests[0]?.query).toMatchObject({
      head: 'acme:model-stages/churn-classifier',
      base: 'main',
      state: 'open'
    })
    expect(fixture.stub.requests[1]?.body).toMatchObject({
      head: 'model-stages/churn-classifier',
      base: 'main',
      title: 'churn-classifier: promote 1.5.0 to production (archives 1.4.0)'
    })
    expect(String(fixture.stub.requests[1]?.body?.body)).toContain(
      '| churn-classifier | `1.5.0` | staging → production | requested |'
    )

    const second = await runAction({ cwd: work, inputs, apiUrl: fixture.stub.url })
    expect(second.exitCode).toBe(0)
    expect(second.outputs['pull-request-number']).toBe('1')
    expect(first.stdout).toContain('Pull request #1 opened: https://github.example/acme/models/pull/1')
    expect(second.stdout).toContain('Pull request #1 updated: https://github.example/acme/models/pull/1')
    expect(fixture.stub.requests.map(r => `${r.method} ${r.path}`).slice(2)).toEqual([
      'GET /repos/acme/models/pulls',
      'PATCH /repos/acme/models/pulls/1'
    ])
    expect(fixture.stub.pulls).toHaveLength(1)
    expect(git(origin, 'rev-parse', 'model-stages/churn-classifier')).toBe(second.outputs['commit-sha'])
    expect(git(origin, 'log', '--format=%s', 'main')).not.toContain('promote')
  })

  it('a validation that draws a progress bar still opens its pull request: the tail is its last state, capped', async () => {
    const bar = `for i in $(seq 1 20000); do printf '\\repoch %s/20000 loss 0.%s' $i $i; done; echo`
    const { work } = exampleRepo(bar)
    const run = await runAction({
      cwd: work,
      inputs: { command: 'promote', model: 'churn-classifier' },
      apiUrl: fixture.stub.url
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['pull-request-number']).toBe('1')
    const body = fixture.stub.pulls[0]?.body ?? ''
    expect(body.length).toBeLessThan(65_536)
    expect(body).toContain('epoch 20000/20000 loss 0.20000')
    expect(body).not.toContain('epoch 19999/20000')
  })

  it('mode pull-request without pull-requests: write says what the token lacks', async () => {
    const { work } = exampleRepo()
    fixture.stub.faults.push({
      route: /^POST .*\/pulls$/,
      answer: { status: 403, message: 'Resource not accessible by integration' }
    })
    const run = await runAction({
      cwd: work,
      inputs: { command: 'promote', model: 'churn-classifier' },
      apiUrl: fixture.stub.url
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::GitHub refused to create a pull request \(403: .*the token needs `contents: write` and `pull-requests: write`/
    )
  })

  it('a failed validation writes nothing and fails the step with the exit code and output tail', async () => {
    const { work, origin, read } = exampleRepo('echo "auc 0.71 is below 0.85"; exit 4')
    const before = git(origin, 'rev-parse', 'main')
    const manifest = read()
    const run = await runAction({
      cwd: work,
      inputs: { command: 'promote', model: 'churn-classifier', mode: 'commit' },
      apiUrl: fixture.stub.url
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      validation: 'failed',
      changed: 'false',
      stage: 'staging',
      'commit-sha': '',
      archived: '[]'
    })
    expect(run.stdout).toMatch(
      /::error::Validation failed: `echo "auc 0\.71 is below 0\.85"; exit 4` exited 4 after .*%0Aauc 0\.71 is below 0\.85/
    )
    expect(run.summary).toContain('not written: validation did not pass')
    expect(git(origin, 'rev-parse', 'main')).toBe(before)
    expect(read()).toBe(manifest)
  })

  it('commit-mode runs racing on one origin all land, planned again on the new manifest', async () => {
    const { work, root, origin } = exampleRepo('sleep 1')
    const clones = ['a', 'b', 'c'].map(name => {
      const clone = path.join(root, name)
      git(root, 'clone', '--quiet', origin, clone)
      return clone
    })
    const runs = await Promise.all([
      runAction({
        cwd: clones[0] ?? work,
        inputs: { command: 'promote', model: 'churn-classifier', version: '1.5.0', mode: 'commit' }
      }),
      runAction({
        cwd: clones[1] ?? work,
        inputs: { command: 'promote', model: 'ticket-ranker', mode: 'commit' }
      }),
      runAction({
        cwd: clones[2] ?? work,
        inputs: { command: 'register', model: 'churn-classifier', version: '1.6.0', mode: 'commit' }
      })
    ])
    expect(runs.map(r => [r.exitCode, r.exitCode === 0 ? '' : r.stdout])).toEqual([
      [0, ''],
      [0, ''],
      [0, '']
    ])
    expect(runs.map(r => r.outputs.changed)).toEqual(['true', 'true', 'true'])
    // Only a version entering a stage is validated: a registration opens no validation group.
    expect(runs.map(r => r.stdout.includes('::group::Validation output'))).toEqual([true, true, false])
    expect(git(origin, 'log', '--format=%s', 'main').split('\n').slice(0, 3).sort()).toEqual([
      'churn-classifier: promote 1.5.0 to production (archives 1.4.0)',
      'churn-classifier: register 1.6.0 in staging',
      'ticket-ranker: promote 2024.11.0 to production (archives 2024.10.1)'
    ])
    const final = await checkManifest(
      git(origin, 'show', 'main:model-stages.yaml') + '\n',
      'model-stages.yaml'
    )
    expect(final.problems).toEqual([])
    const versions = final.manifest?.models
    expect(versions?.['churn-classifier']?.versions.get('1.5.0')?.stage).toBe('production')
    expect(versions?.['churn-classifier']?.versions.get('1.6.0')?.stage).toBe('staging')
    expect(versions?.['ticket-ranker']?.versions.get('2024.11.0')?.stage).toBe('production')
    expect(runs.some(r => r.stdout.includes('planning again on the new manifest'))).toBe(true)
  })

  it('a bad manifest: an annotation at its line, a non-zero exit, the manifest untouched', async () => {
    const bad = badManifests().find(f => f.name.includes('two-production'))
    const repo = fixture.use(createRepo(bad?.text ?? ''))
    const run = await runAction({
      cwd: repo.work,
      inputs: { command: 'archive', model: 'churn', version: '1.0.0', mode: 'commit' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      '::error title=model-stages,file=model-stages.yaml,line=9,col=16::model churn has 2 versions in production'
    )
    expect(run.summary).toContain('the manifest has problems')
    expect(repo.read()).toBe(bad?.text)
    expect(repo.originFile()).toBe(bad?.text)
  })

  it.each([
    [
      'version',
      { command: 'archive', model: 'churn-classifier', version: '1.5.0"; touch pwned; echo "' },
      'invalid version'
    ],
    ['model', { command: 'promote', model: 'churn$(touch pwned)' }, 'invalid model name'],
    [
      'uri',
      {
        command: 'register',
        model: 'churn-classifier',
        version: '1.6.0',
        uri: '$(touch pwned)',
        mode: 'dry-run'
      },
      ''
    ]
  ])('a shell-injection attempt in the %s input executes nothing', async (_name, inputs, refusal) => {
    const { work } = exampleRepo('test -n "$MODEL_URI"')
    const run = await runAction({ cwd: work, inputs: { mode: 'commit', ...inputs } })
    if (refusal) {
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain(refusal)
    } else {
      expect(run.exitCode).toBe(0)
      expect(run.summary).toContain('+      "1.6.0":')
      expect(run.summary).toContain('+        uri: $(touch pwned)')
    }
    expect(existsSync(path.join(work, 'pwned'))).toBe(false)
  })

  it('workflow commands in the validation output are printed, not obeyed', async () => {
    const { work } = exampleRepo('echo "::add-mask::looks-like-a-command"; echo "::error::fake failure"')
    const run = await runAction({
      cwd: work,
      inputs: { command: 'promote', model: 'churn-classifier', mode: 'dry-run' }
    })
    expect(run.exitCode).toBe(0)
    const stopped = /::stop-commands::(\S+)\n([\s\S]*?)\n::(\S+)::\n/.exec(run.stdout)
    expect(stopped?.[1]).toBe(stopped?.[3])
    expect(stopped?.[2]).toContain('::add-mask::looks-like-a-command\n::error::fake failure')
  })

  it('mode dry-run: outputs and summary show the plan and the diff; nothing is written or pushed', async () => {
    const { work, origin, read } = exampleRepo()
    const before = git(origin, 'rev-parse', 'main')
    const manifest = read()
    const run = await runAction({
      cwd: work,
      inputs: { command: 'promote', model: 'churn-classifier', mode: 'dry-run' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      changed: 'true',
      stage: 'production',
      validation: 'passed',
      'commit-sha': ''
    })
    expect(run.summary).toContain('```diff')
    expect(run.summary).toContain('+        stage: production')
    expect(git(origin, 'rev-parse', 'main')).toBe(before)
    expect(read()).toBe(manifest)
  })

  it('refuses an unknown command, a missing model and a bad mode with a clear error', async () => {
    const { work } = exampleRepo()
    const cases: Array<[Record<string, string>, string]> = [
      [{ command: 'deploy' }, 'input command must be one of register, promote'],
      [{ command: 'promote' }, 'promote needs the model input'],
      [
        { command: 'promote', model: 'churn-classifier', mode: 'yolo' },
        'input mode must be one of pull-request, commit, dry-run'
      ]
    ]
    for (const [inputs, message] of cases) {
      const run = await runAction({ cwd: work, inputs })
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain(`::error::${message}`)
    }
  })
})
