import { afterAll, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { Git } from '../../../src/adapters/git.js'
import { readManifestHistory } from '../../../src/adapters/manifest-history.js'
import { git, GIT_ENV } from '../../helpers/repo.js'

const root = mkdtempSync(path.join(tmpdir(), 'model-stages-history-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const FILE = 'model-stages.yaml'

function manifest(stages: string[][]): string {
  const lines = ['version: 1', 'models:']
  stages.forEach((versions, m) => {
    lines.push(`  model-${m}:`, '    versions:')
    versions.forEach((stage, v) =>
      lines.push(`      "1.${v}.0":`, `        stage: ${stage}`, `        uri: s3://m/${m}/${v}`)
    )
  })
  return lines.join('\n') + '\n'
}

/**
 * A manifest's history with what history reads across: many small moves, a merge of a side branch that moved a
 * model, a revision that breaks the manifest, the file deleted and added back, and a commit that leaves it alone.
 */
function buildHistory(): string {
  const repo = path.join(root, 'repo')
  git(root, 'init', '--quiet', '--initial-branch=main', repo)
  const stages = Array.from({ length: 40 }, () => ['archived', 'production', 'staging'])
  const commit = (message: string, text = manifest(stages)) => {
    writeFileSync(path.join(repo, FILE), text)
    git(repo, 'add', '-A')
    git(repo, 'commit', '--quiet', '--allow-empty', '-m', message)
  }
  const move = (m: number) => {
    const model = stages[m] ?? []
    const staging = model.indexOf('staging')
    if (staging >= 0) {
      model[model.indexOf('production')] = 'archived'
      model[staging] = 'production'
    } else model[model.indexOf('archived')] = 'staging'
  }
  commit('first')
  for (let c = 1; c <= 25; c++) {
    move((c * 7) % stages.length)
    commit(`move ${c}${c % 5 === 0 ? ` (#${c})` : ''}`)
  }
  git(repo, 'checkout', '--quiet', '-b', 'side')
  move(3)
  commit('on the side')
  git(repo, 'checkout', '--quiet', 'main')
  writeFileSync(path.join(repo, 'other.txt'), 'not the manifest\n')
  git(repo, 'add', 'other.txt')
  git(repo, 'commit', '--quiet', '-m', 'other file')
  git(repo, 'merge', '--quiet', '--no-ff', '-m', 'Merge pull request #40 from side', 'side')
  commit('broken', 'version: 1\nmodels: [not, a, map\n')
  move(11)
  commit('mended')
  git(repo, 'rm', '--quiet', FILE)
  git(repo, 'commit', '--quiet', '-m', 'deleted')
  move(12)
  commit('added back')
  return repo
}

/** A copy of the repository whose every object is loose: what git alone reads. */
function exploded(repo: string, name: string): string {
  const copy = path.join(root, name)
  cpSync(repo, copy, { recursive: true })
  const packDir = path.join(copy, '.git', 'objects', 'pack')
  for (const file of readdirSync(packDir).filter(name => name.endsWith('.pack'))) {
    const bytes = readFileSync(path.join(packDir, file))
    for (const other of readdirSync(packDir).filter(name => name.startsWith(file.replace(/\.pack$/, ''))))
      rmSync(path.join(packDir, other))
    execFileSync('git', ['unpack-objects', '-q'], {
      cwd: copy,
      input: bytes,
      env: { ...process.env, ...GIT_ENV }
    })
  }
  expect(readdirSync(packDir).filter(name => name.endsWith('.pack'))).toEqual([])
  return copy
}

async function history(repo: string) {
  const reader = new Git(repo)
  const read = await readManifestHistory(reader, FILE, 'HEAD', manifest([['staging']]))
  return { ...read, processes: reader.processCount }
}

describe('readManifestHistory from packs', () => {
  const repo = buildHistory()

  it('reads the same history from loose objects, from packs, and from packs with loose commits on top', async () => {
    const loose = await history(repo)
    expect(loose.revisions).toBe(31)
    expect(loose.entries.length).toBeGreaterThan(60)
    expect(loose.brokenRevisions.map(broken => broken.commit)).toEqual([git(repo, 'rev-parse', 'HEAD~3')])
    expect(loose.entries.some(entry => entry.pullRequest === 40)).toBe(true)
    // Deleted then added back: every version of every model leaves its stage, then comes back.
    const deleted = git(repo, 'rev-parse', 'HEAD~1')
    expect(loose.entries.filter(entry => entry.commit === deleted).length).toBe(120)

    git(repo, 'gc', '--quiet', '--aggressive')
    const packed = await history(repo)
    expect(packed.entries).toEqual(loose.entries)
    expect(packed.brokenRevisions).toEqual(loose.brokenRevisions)
    expect([...packed.committedAt]).toEqual([...loose.committedAt])
    // git log and the one that finds the packs: every revision came from them.
    expect(packed.processes).toBe(2)

    writeFileSync(path.join(repo, FILE), manifest([['production']]))
    git(repo, 'commit', '--quiet', '-am', 'loose on top')
    const mixed = await history(repo)
    const reference = await history(exploded(repo, 'exploded'))
    expect(mixed.revisions).toBe(32)
    expect(mixed.entries).toEqual(reference.entries)
    const committed = loose.entries.filter(entry => entry.commit !== null)
    expect(mixed.entries.slice(0, committed.length)).toEqual(committed)
    expect(mixed.processes).toBe(3)
  })

  it('reads the same history with a git that has no --diff-merges (before 2.31), each revision as commit:path', async () => {
    const packed = await history(repo)
    const bin = path.join(root, 'old-git')
    mkdirSync(bin)
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\nfor arg in "$@"; do case "$arg" in --diff-merges=*) echo "fatal: unrecognized argument: $arg" >&2; exit 128;; esac; done\nexec ${JSON.stringify(real)} "$@"\n`
    )
    chmodSync(path.join(bin, 'git'), 0o755)
    const pathBefore = process.env.PATH
    process.env.PATH = `${bin}${path.delimiter}${pathBefore ?? ''}`
    try {
      const old = await history(repo)
      expect(old.revisions).toBe(packed.revisions)
      expect(old.entries).toEqual(packed.entries)
      expect(old.brokenRevisions).toEqual(packed.brokenRevisions)
    } finally {
      process.env.PATH = pathBefore
    }
  })
})
