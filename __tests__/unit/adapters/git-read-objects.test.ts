import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PackReader } from '../../../src/adapters/git-packs.js'
import { Git } from '../../../src/adapters/git.js'
import { allObjects, folder, growingHistory, packFiles, removeFolders } from '../../helpers/packs.js'
import { git } from '../../helpers/repo.js'

afterAll(removeFolders)

describe('Git.readObjects', () => {
  const repo = growingHistory(30)
  git(repo, 'gc', '--quiet', '--aggressive')
  const truth = allObjects(repo)
  const blobs = [...truth].filter(([, object]) => object.type === 'blob').map(([oid]) => oid)

  async function read(cwd: string, objects: Array<string | null>) {
    const gitAt = new Git(cwd)
    const contents: Array<string | undefined> = []
    await gitAt.readObjects(objects, content => contents.push(content?.toString('latin1')))
    return { contents, processes: gitAt.processCount }
  }

  it('reads packed objects in process: no git but the one that finds the packs', async () => {
    const { contents, processes } = await read(repo, [null, ...blobs, null])
    expect(contents).toEqual([
      undefined,
      ...blobs.map(oid => truth.get(oid)?.content.toString('latin1')),
      undefined
    ])
    expect(processes).toBe(1)
  })

  it('reads them from a worktree, whose objects are the main repository’s', async () => {
    const worktree = path.join(folder(), 'worktree')
    git(repo, 'worktree', 'add', '--quiet', worktree)
    const { contents, processes } = await read(worktree, blobs.slice(0, 5))
    expect(contents).toEqual(blobs.slice(0, 5).map(oid => truth.get(oid)?.content.toString('latin1')))
    expect(processes).toBe(1)
  })

  it('asks git, in order, for loose objects, revision:path specs and objects it does not have', async () => {
    const copy = path.join(folder(), 'mixed')
    cpSync(repo, copy, { recursive: true })
    writeFileSync(path.join(copy, 'grow.txt'), 'loose\n')
    git(copy, 'commit', '--quiet', '-am', 'loose')
    const loose = git(copy, 'rev-parse', 'HEAD:grow.txt')
    const objects = [blobs[0] ?? '', loose, 'HEAD~1:other.txt', '0'.repeat(40), null, blobs[1] ?? '', loose]
    const { contents, processes } = await read(copy, objects)
    expect(contents).toEqual([
      truth.get(blobs[0] ?? '')?.content.toString('latin1'),
      'loose\n',
      git(copy, 'show', 'HEAD~1:other.txt') + '\n',
      undefined,
      undefined,
      truth.get(blobs[1] ?? '')?.content.toString('latin1'),
      'loose\n'
    ])
    expect(processes).toBe(2)
  })

  it('streams everything through git when nothing is packed', async () => {
    const loose = path.join(folder(), 'loose')
    git(folder(), 'init', '--quiet', loose)
    writeFileSync(path.join(loose, 'a'), 'a\n')
    git(loose, 'add', 'a')
    git(loose, 'commit', '--quiet', '-m', 'a')
    const oid = git(loose, 'rev-parse', 'HEAD:a')
    const { contents } = await read(loose, [null, oid, null, null, 'HEAD:a', 'HEAD:missing', null])
    expect(contents).toEqual([undefined, 'a\n', undefined, undefined, 'a\n', undefined, undefined])
  })

  it('leaves a SHA-256 repository to git, packed or not', async () => {
    const sha256 = path.join(folder(), 'sha256')
    git(folder(), 'init', '--quiet', '--object-format=sha256', sha256)
    writeFileSync(path.join(sha256, 'a'), 'a\n')
    git(sha256, 'add', 'a')
    git(sha256, 'commit', '--quiet', '-m', 'a')
    git(sha256, 'gc', '--quiet')
    const oid = git(sha256, 'rev-parse', 'HEAD:a')
    expect(oid).toMatch(/^[0-9a-f]{64}$/)
    const { contents, processes } = await read(sha256, [oid, null, 'HEAD:a'])
    expect(contents).toEqual(['a\n', undefined, 'a\n'])
    // The object format, then git cat-file for everything.
    expect(processes).toBe(2)
  })

  it('reads a corrupted pack right or fails loudly, never with other bytes', async () => {
    const copy = path.join(folder(), 'corrupt')
    cpSync(repo, copy, { recursive: true })
    const { idx, pack } = packFiles(copy)
    // A byte in the middle of one blob's entry: [oid, type, size, size in pack, offset, ...] by git verify-pack.
    const [hit = '', , , inPack = '0', offset = '0'] =
      git(copy, 'verify-pack', '-v', idx)
        .split('\n')
        .map(line => line.split(/\s+/))
        .find(fields => fields[1] === 'blob' && blobs.includes(fields[0] ?? '')) ?? []
    const bytes = readFileSync(pack)
    const at = Number(offset) + Math.floor(Number(inPack) / 2)
    bytes[at] = (bytes[at] ?? 0) ^ 0xff
    rmSync(pack)
    writeFileSync(pack, bytes)
    const reader = PackReader.open(path.join(copy, '.git', 'objects'))
    expect(reader?.has(hit)).toBe(true)
    expect(reader?.read(hit)).toBeUndefined()
    reader?.close()
    const expected = blobs.map(oid => truth.get(oid)?.content.toString('latin1'))
    const outcome = await read(copy, blobs).then(
      ({ contents }) => contents,
      (error: unknown) => error
    )
    if (Array.isArray(outcome)) expect(outcome).toEqual(expected)
    else expect(String(outcome)).toMatch(/git cat-file failed/)
  })
})
