import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { applyDelta, PackReader } from '../../../src/adapters/git-packs.js'
import {
  allObjects,
  entryTypes,
  folder,
  growingHistory,
  packFiles,
  removeFolders
} from '../../helpers/packs.js'
import { git } from '../../helpers/repo.js'

afterAll(removeFolders)

/** Opens the repository's packs (with this cache, if given) and reads every object byte for byte as git does. */
function expectPacksReadAsGit(repo: string, cacheBytes?: number): void {
  const reader = PackReader.open(path.join(repo, '.git', 'objects'), cacheBytes)
  if (!reader) throw new Error('no reader')
  const truth = allObjects(repo)
  expect(truth.size).toBeGreaterThan(100)
  for (const [oid, object] of truth) {
    const read = reader.read(oid)
    expect(read?.type).toBe(object.type)
    expect(read?.content.equals(object.content)).toBe(true)
  }
  reader.close()
}

describe('PackReader', () => {
  const repo = growingHistory()
  git(repo, 'gc', '--quiet', '--aggressive')

  it('reads every object of a pack of OFS_DELTA chains byte for byte as git does', () => {
    const types = entryTypes(repo)
    expect(types.filter(type => type === 6).length).toBeGreaterThan(50)
    expect(types).not.toContain(7)
    expect(PackReader.open(path.join(repo, '.git', 'objects'))?.packCount).toBe(1)
    expectPacksReadAsGit(repo)
  })

  it('reads the same with a cache too small to hold any base, resolving every chain again', () => {
    expectPacksReadAsGit(repo, 1)
  })

  it('keeps what it returned intact for two more reads while it reuses memory the cache let go', () => {
    const large = growingHistory(40, 6000)
    const oids = git(large, 'log', '--reverse', '--format=', '--raw', '--no-abbrev', 'main', '--', 'grow.txt')
      .split('\n')
      .map(line => line.split(' ')[3] ?? '')
    const truth = allObjects(large)
    expect((truth.get(oids[0] ?? '')?.content.length ?? 0) > 65536).toBe(true)
    // Room for a few revisions: each read evicts one, whose memory a later delta result is written to.
    const size = truth.get(oids.at(-1) ?? '')?.content.length ?? 0
    const reader = PackReader.open(path.join(large, '.git', 'objects'), 6 * size)
    if (!reader) throw new Error('no reader')
    const held: Array<{ oid: string; content: Buffer }> = []
    const memory = new Set<ArrayBufferLike>()
    for (const oid of [...oids, ...oids.slice().reverse()]) {
      const read = reader.read(oid)
      if (!read) throw new Error(`${oid} not read`)
      memory.add(read.content.buffer)
      held.push({ oid, content: read.content })
      for (const { oid: was, content } of held.slice(-3))
        expect(content.equals(truth.get(was)?.content ?? Buffer.alloc(0))).toBe(true)
    }
    // Memory was reused: far fewer distinct buffers than objects read.
    expect(memory.size).toBeLessThan(oids.length)
    reader.close()
  })

  it('reads REF_DELTA entries, whose base is named rather than placed', () => {
    const copy = path.join(folder(), 'ref')
    cpSync(repo, copy, { recursive: true })
    git(copy, '-c', 'repack.useDeltaBaseOffset=false', 'repack', '-adfq')
    const types = entryTypes(copy)
    expect(types.filter(type => type === 7).length).toBeGreaterThan(50)
    expect(types).not.toContain(6)
    expectPacksReadAsGit(copy)
  })

  it('reads an index whose offsets are all in its large-offset table', () => {
    const copy = path.join(folder(), 'large')
    cpSync(repo, copy, { recursive: true })
    const { idx, pack } = packFiles(copy)
    rmSync(idx)
    // git's own switch for its tests: every object past offset 12 gets a 64-bit entry.
    git(copy, 'index-pack', '--index-version=2,12', '-o', idx, pack)
    const bytes = readFileSync(idx)
    const count = bytes.readUInt32BE(8 + 255 * 4)
    const offsetsAt = 8 + 1024 + count * 24
    const large = Array.from({ length: count }, (_, i) => bytes.readUInt32BE(offsetsAt + i * 4)).filter(
      offset => offset & 0x80000000
    )
    expect(large.length).toBe(count - 1)
    expectPacksReadAsGit(copy)
  })

  it('leaves loose objects to git, and opens a repository without packs', () => {
    const copy = path.join(folder(), 'loose')
    cpSync(repo, copy, { recursive: true })
    writeFileSync(path.join(copy, 'grow.txt'), 'new content\n')
    git(copy, 'commit', '--quiet', '-am', 'loose')
    const loose = git(copy, 'rev-parse', 'HEAD:grow.txt')
    const packed = git(copy, 'rev-parse', 'HEAD~1:grow.txt')
    const reader = PackReader.open(path.join(copy, '.git', 'objects'))
    expect(reader?.has(loose)).toBe(false)
    expect(reader?.read(loose)).toBeUndefined()
    expect(reader?.has(packed)).toBe(true)
    expect(reader?.read('not an object name')).toBeUndefined()
    reader?.close()
    const empty = path.join(folder(), 'empty')
    git(folder(), 'init', '--quiet', empty)
    const none = PackReader.open(path.join(empty, '.git', 'objects'))
    expect(none?.packCount).toBe(0)
    expect(none?.read(packed)).toBeUndefined()
  })

  it('refuses an index that is not version 2, or whose checksum does not match', () => {
    const copy = path.join(folder(), 'bad-index')
    cpSync(repo, copy, { recursive: true })
    const { idx, pack } = packFiles(copy)
    rmSync(idx)
    git(copy, 'index-pack', '--index-version=1', '-o', idx, pack)
    expect(PackReader.open(path.join(copy, '.git', 'objects'))).toBeUndefined()
    rmSync(idx)
    git(copy, 'index-pack', '-o', idx, pack)
    const bytes = readFileSync(idx)
    bytes[8 + 1024 + 5] = (bytes[8 + 1024 + 5] ?? 0) ^ 0xff
    rmSync(idx)
    writeFileSync(idx, bytes)
    expect(PackReader.open(path.join(copy, '.git', 'objects'))).toBeUndefined()
  })

  it('never returns wrong bytes from a corrupted pack: each object reads right or not at all', () => {
    const truth = allObjects(repo)
    let unreadable = 0
    for (const where of [0.2, 0.5, 0.8, 0.95]) {
      const copy = path.join(folder(), `corrupt-${where}`)
      cpSync(repo, copy, { recursive: true })
      const { pack } = packFiles(copy)
      const bytes = readFileSync(pack)
      for (let i = 0; i < 4; i++) {
        const at = Math.floor((bytes.length - 20) * where) + i * 3
        bytes[at] = (bytes[at] ?? 0) ^ 0x5a
      }
      rmSync(pack)
      writeFileSync(pack, bytes)
      const reader = PackReader.open(path.join(copy, '.git', 'objects'))
      if (!reader) throw new Error('no reader')
      for (const [oid, object] of truth) {
        const read = reader.read(oid)
        if (read === undefined) unreadable++
        else expect(read.content.equals(object.content)).toBe(true)
      }
      reader.close()
    }
    expect(unreadable).toBeGreaterThan(0)
  })
})

describe('applyDelta', () => {
  const base = Buffer.from(Array.from({ length: 0x10000 + 10 }, (_, i) => (i * 7) & 0xff))

  it('copies 0x10000 bytes for a copy whose size is zero, and inserts literal bytes', () => {
    // Base size 65546 and result size 65539 as base-128 numbers; copy from 0 with no size bytes; insert "abc".
    const delta = Buffer.from([0x8a, 0x80, 0x04, 0x83, 0x80, 0x04, 0x80, 0x03, 0x61, 0x62, 0x63])
    const result = applyDelta(base, delta)
    expect(result.length).toBe(0x10003)
    expect(result.subarray(0, 0x10000).equals(base.subarray(0, 0x10000))).toBe(true)
    expect(result.subarray(0x10000).toString()).toBe('abc')
  })

  it('refuses opcode 0, a copy out of the base, a wrong base size and a short result', () => {
    const size = [0x8a, 0x80, 0x04]
    expect(() => applyDelta(base, Buffer.from([...size, 0x01, 0x00]))).toThrow()
    expect(() => applyDelta(base, Buffer.from([...size, 0x10, 0x93, 0xff, 0xff, 0x10]))).toThrow()
    expect(() => applyDelta(base.subarray(1), Buffer.from([...size, 0x01, 0x90, 0x01]))).toThrow()
    expect(() => applyDelta(base, Buffer.from([...size, 0x02, 0x90, 0x01]))).toThrow()
    expect(applyDelta(base, Buffer.from([...size, 0x02, 0x90, 0x02])).equals(base.subarray(0, 2))).toBe(true)
  })
})
