import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { git, GIT_ENV } from './repo.js'

const roots: string[] = []

/** Removes every folder made by folder(): call it in afterAll. */
export function removeFolders(): void {
  roots.splice(0).forEach(root => rmSync(root, { recursive: true, force: true }))
}

export function folder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'model-stages-packs-'))
  roots.push(root)
  return root
}

export interface Truth {
  type: string
  content: Buffer
}

/** Every object of the repository as git reads it: one `git cat-file --batch-all-objects --batch`. */
export function allObjects(repo: string): Map<string, Truth> {
  const output = execFileSync('git', ['cat-file', '--batch-all-objects', '--batch'], {
    cwd: repo,
    env: { ...process.env, ...GIT_ENV },
    maxBuffer: 1 << 28
  })
  const objects = new Map<string, Truth>()
  let at = 0
  while (at < output.length) {
    const newline = output.indexOf(0x0a, at)
    const [oid = '', type = '', size = ''] = output.toString('latin1', at, newline).split(' ')
    const start = newline + 1
    objects.set(oid, { type, content: output.subarray(start, start + Number(size)) })
    at = start + Number(size) + 1
  }
  return objects
}

/** A history of a growing file edited a little at a time, with a second file now and then (git fast-import). */
export function growingHistory(commits = 60, lineCount = 400): string {
  const repo = path.join(folder(), 'repo')
  git(folder(), 'init', '--quiet', '--initial-branch=main', repo)
  const lines = Array.from({ length: lineCount }, (_, i) => `line ${i}: ${'x'.repeat(i % 37)}`)
  const stream: string[] = []
  for (let c = 0; c < commits; c++) {
    lines[(c * 131) % lines.length] = `edited in commit ${c}`
    lines.push(`added in commit ${c}`)
    const files: Array<[string, string]> = [['grow.txt', lines.join('\n') + '\n']]
    if (c % 7 === 0) files.push(['other.txt', `other ${c}\n`.repeat(50)])
    const message = `commit ${c}`
    stream.push(
      `commit refs/heads/main\ncommitter Test <test@example.com> ${1_700_000_000 + c * 60} +0000\n`,
      `data ${message.length}\n${message}\n`,
      ...files.map(([name, text]) => `M 100644 inline ${name}\ndata ${Buffer.byteLength(text)}\n${text}\n`)
    )
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: stream.join('') })
  git(repo, 'reset', '--quiet', '--hard', 'main')
  return repo
}

export function packFiles(repo: string): { idx: string; pack: string } {
  const dir = path.join(repo, '.git', 'objects', 'pack')
  const idx = readdirSync(dir).find(name => name.endsWith('.idx'))
  if (!idx) throw new Error('no pack')
  return { idx: path.join(dir, idx), pack: path.join(dir, idx.replace(/\.idx$/, '.pack')) }
}

/** The type number (6 for OFS_DELTA, 7 for REF_DELTA) of each entry of the pack, by `git verify-pack -v`. */
export function entryTypes(repo: string): number[] {
  const { idx, pack } = packFiles(repo)
  const bytes = readFileSync(pack)
  return git(repo, 'verify-pack', '-v', idx)
    .split('\n')
    .map(line => line.split(/\s+/))
    .filter(fields => /^[0-9a-f]{40}$/.test(fields[0] ?? '') && fields.length >= 5)
    .map(fields => ((bytes[Number(fields[4])] ?? 0) >> 4) & 7)
}
