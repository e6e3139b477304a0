import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { endToEndFixture } from '../helpers/example-repo.js'
import { createRepo, git, type TestRepo } from '../helpers/repo.js'
import { runAction } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'

const fixture = endToEndFixture()

const MANIFEST = `version: 1
defaults:
  validate: echo "validating $MODEL_VERSION"
  digest: printf 'sha256:%s\\n' "$(printf '%s' "$MODEL_URI" | sha256sum | cut -c1-64)" # stands in for an object store
models:
  churn:
    versions: {}
`

const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

function digestRepo(): TestRepo {
  const repo = fixture.use(createRepo(MANIFEST))
  mkdirSync(path.join(repo.work, 'models', 'churn-2', 'nested'), { recursive: true })
  writeFileSync(path.join(repo.work, 'models', 'churn-1.bin'), 'weights of 1.0.0')
  writeFileSync(path.join(repo.work, 'models', 'churn-2', 'weights.bin'), 'weights of 2.0.0')
  writeFileSync(path.join(repo.work, 'models', 'churn-2', 'nested', 'config.json'), '{"layers": 3}')
  return repo
}

const digestOf = (text: string, version: string) =>
  new RegExp(`"${version.replaceAll('.', '\\.')}":\\n(?: {8}.*\\n)*? {8}digest: (\\S+)`).exec(text)?.[1]

describe('artifact digests', () => {
  it('register records the digest of a file, a directory (as sha256sum defines it), a digest command, or one given', async () => {
    const repo = digestRepo()
    const register = (...args: string[]) => runCli(repo.work, 'register', 'churn', ...args)
    expect((await register('1.0.0', '--uri', 'models/churn-1.bin')).exitCode).toBe(0)
    expect((await register('2.0.0', '--uri', 'models/churn-2')).exitCode).toBe(0)
    expect((await register('3.0.0', '--uri', 's3://models/churn/3.0.0')).exitCode).toBe(0)
    const given = `sha256:${'ab'.repeat(32)}`
    expect((await register('4.0.0', '--uri', 's3://models/churn/4.0.0', '--digest', given)).exitCode).toBe(0)
    const text = repo.read()
    expect(digestOf(text, '1.0.0')).toBe(sha256('weights of 1.0.0'))
    // A directory's digest is what sha256sum gives over the sorted relative paths' own sums.
    const bySha256sum = execFileSync(
      'sh',
      ['-c', "find . -type f | LC_ALL=C sort | sed 's|^./||' | xargs sha256sum | sha256sum | cut -c1-64"],
      { cwd: path.join(repo.work, 'models', 'churn-2'), encoding: 'utf8' }
    ).trim()
    expect(digestOf(text, '2.0.0')).toBe(`sha256:${bySha256sum}`)
    expect(digestOf(text, '3.0.0')).toBe(sha256('s3://models/churn/3.0.0'))
    expect(digestOf(text, '4.0.0')).toBe(given)

    symlinkSync(
      path.join(repo.work, 'models', 'churn-1.bin'),
      path.join(repo.work, 'models', 'churn-2', 'link')
    )
    const before = repo.read()
    const linked = await register('5.0.0', '--uri', 'models/churn-2')
    expect(linked.exitCode).toBe(1)
    expect(linked.stderr).toContain('link is a symbolic link')
    expect(repo.read()).toBe(before)
  })

  it('an http(s) artifact is hashed as it streams', async () => {
    const repo = digestRepo()
    const chunk = Buffer.alloc(1 << 16, 7)
    const chunks = 64
    let served = 0
    const server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      const next = () => {
        if (served === chunks) return response.end()
        served++
        if (response.write(chunk)) setImmediate(next)
        else response.once('drain', next)
      }
      next()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/churn-1.bin`
      const run = await runCli(repo.work, 'register', 'churn', '1.0.0', '--uri', url)
      expect(run.exitCode).toBe(0)
      expect(served).toBe(chunks)
      expect(digestOf(repo.read(), '1.0.0')).toBe(
        sha256(Buffer.concat(Array.from({ length: chunks }, () => chunk)))
      )
    } finally {
      server.close()
    }
  })

  it('a file changed after registration is refused at promotion, naming both digests, and reported by verify', async () => {
    const repo = digestRepo()
    expect(
      (await runCli(repo.work, 'register', 'churn', '1.0.0', '--uri', 'models/churn-1.bin', '--commit'))
        .exitCode
    ).toBe(0)
    expect((await runCli(repo.work, 'promote', 'churn', '1.0.0', '--commit')).exitCode).toBe(0)
    expect(
      (await runCli(repo.work, 'register', 'churn', '2.0.0', '--uri', 'models/churn-2', '--commit')).exitCode
    ).toBe(0)
    git(repo.work, 'push', '--quiet', 'origin', 'HEAD:main')
    const recorded = sha256('weights of 1.0.0')
    expect((await runCli(repo.work, 'verify')).exitCode).toBe(0)
    // history says when each digest was first recorded, and by whom.
    const registered = git(repo.work, 'log', '--format=%h', '-1', 'HEAD~2')
    expect((await runCli(repo.work, 'history')).stdout).toMatch(
      new RegExp(`churn@1\\.0\\.0 digest ${recorded.slice(0, 19)}… recorded  ${registered}  Test Author`)
    )

    writeFileSync(path.join(repo.work, 'models', 'churn-2', 'weights.bin'), 'weights swapped in place')
    const before = repo.read()
    const refused = await runCli(repo.work, 'promote', 'churn', '2.0.0')
    expect(refused.exitCode).toBe(1)
    expect(refused.stderr).toMatch(
      /churn 2\.0\.0: the artifact at models\/churn-2 is not the one recorded: its digest is sha256:[0-9a-f]{64}, the manifest records sha256:[0-9a-f]{64}/
    )
    expect(refused.stdout).not.toContain('validating 2.0.0')
    expect(repo.read()).toBe(before)
    const action = await runAction({
      cwd: repo.work,
      inputs: { command: 'promote', model: 'churn', version: '2.0.0', mode: 'dry-run' }
    })
    expect(action.exitCode).toBe(1)
    expect(action.stdout).toContain('is not the one recorded')

    writeFileSync(path.join(repo.work, 'models', 'churn-1.bin'), 'weights of 1.0.0, retrained in place')
    const verify = await runCli(repo.work, 'verify', '--json')
    expect(verify.exitCode).toBe(1)
    expect(JSON.parse(verify.stdout)).toEqual({
      drift: true,
      verified: [
        {
          model: 'churn',
          version: '1.0.0',
          stage: 'production',
          uri: 'models/churn-1.bin',
          recorded,
          now: sha256('weights of 1.0.0, retrained in place'),
          status: 'drift'
        }
      ]
    })
    const verified = await runAction({ cwd: repo.work, inputs: { command: 'verify' } })
    expect(verified.exitCode).toBe(1)
    expect(verified.outputs.drift).toBe('true')
    expect(verified.summary).toMatch(
      /\| churn \| `1\.0\.0` \| production \| `sha256:[0-9a-f]{12}…` \| `sha256:[0-9a-f]{12}…` \| ❌ drift \|/
    )
    const staging = await runCli(repo.work, 'verify', '--stage', 'staging')
    expect(staging.exitCode).toBe(1)
    expect(staging.stdout).toContain('churn 2.0.0 (staging): DRIFT')
  })

  it('check refuses a change to a recorded digest or uri, at its line, and takes a first digest', async () => {
    const repo = digestRepo()
    expect(
      (await runCli(repo.work, 'register', 'churn', '1.0.0', '--uri', 'models/churn-1.bin', '--commit'))
        .exitCode
    ).toBe(0)
    repo.write(repo.read().replace(/digest: sha256:[0-9a-f]{64}/, `digest: sha256:${'0'.repeat(64)}`))
    // A change the manifest may not carry: a problem at its line, as a broken manifest is (exit 2).
    const changed = await runCli(repo.work, 'check')
    expect(changed.exitCode).toBe(2)
    expect(changed.stdout + changed.stderr).toMatch(
      /model-stages\.yaml:11:17: churn 1\.0\.0: its digest was sha256:[0-9a-f]{64} and this change makes it sha256:0{64}; a version's uri and digest are immutable once recorded/
    )
    git(repo.work, 'checkout', '--', 'model-stages.yaml')
    repo.write(repo.read().replace('uri: models/churn-1.bin', 'uri: models/churn-1-retrained.bin'))
    const moved = await runCli(repo.work, 'check')
    expect(moved.exitCode).toBe(2)
    expect(moved.stdout + moved.stderr).toContain(
      'its uri was models/churn-1.bin and this change makes it models/churn-1-retrained.bin'
    )
    // A version registered before digests were recorded may get one.
    git(repo.work, 'checkout', '--', 'model-stages.yaml')
    const withDigest = repo.read()
    repo.write(withDigest.replace(/\n {8}digest: sha256:[0-9a-f]{64}/, ''))
    git(repo.work, 'commit', '--quiet', '-am', 'A version without a digest')
    repo.write(withDigest)
    expect((await runCli(repo.work, 'check')).exitCode).toBe(0)
  })
})
