import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { PackReader } from './git-packs.js'

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string
  ) {
    super(`git ${args[0] ?? ''} failed (exit ${exitCode}): ${stderr.trim()}`)
    this.name = 'GitError'
  }
}

export interface CommitRecord {
  commit: string
  author: string
  email: string
  date: string
  /** The committer date: when the commit was made, which is when a move it carries took effect. */
  committedAt: string
  subject: string
}

/** A commit that changed a file, with the file's object there: its name, or null where the commit deleted it. */
export interface FileRevision extends CommitRecord {
  object: string | null
}

export interface Identity {
  name: string
  email: string
}

interface RunOptions {
  input?: string | Buffer
  env?: Record<string, string>
  configs?: readonly string[]
}

/** `key=value` settings passed through the environment (GIT_CONFIG_COUNT…), so that no secret shows in a process list. */
function configEnvironment(configs: readonly string[]): Record<string, string> {
  if (configs.length === 0) return {}
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(configs.length) }
  configs.forEach((config, index) => {
    const equals = config.indexOf('=')
    env[`GIT_CONFIG_KEY_${index}`] = config.slice(0, equals)
    env[`GIT_CONFIG_VALUE_${index}`] = config.slice(equals + 1)
  })
  return env
}

/** What git says when someone else updated the branch first (or at the same moment). */
const STALE_PUSH =
  /non-fast-forward|fetch first|stale info|cannot lock ref|failed to update ref|incorrect old value|reference already exists/

export type PushResult = { pushed: true } | { pushed: false; stale: boolean; message: string }

/** The lines of a refused push that say why: the server's `remote:` lines and git's rejection line. */
function serverWords(said: string): string {
  const lines = said
    .split('\n')
    .map(line => line.trim())
    .filter(line => /^(remote:|!|error:|\[|hint:)|rejected/.test(line) && !/^hint:\s*$/.test(line))
    .map(line => line.replace(/^remote:\s*/, '').replace(/^!\s+/, ''))
    .filter(line => line.length > 0 && !/^(Done|To\s)/.test(line))
  return [...new Set(lines)].join('\n') || said.trim()
}

/** child_process is loaded on the first git command: commands that never run git (lint, show) start without it. */
async function spawner(): Promise<typeof import('node:child_process').spawn> {
  return (await import('node:child_process')).spawn
}

const FIELD = '\x1f'
const RECORD = '\x1e'
const RAW_LINE = /^:(\d{6}) (\d{6}) ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z]\d*)\t(.*)$/
/** Regular files and symbolic links: the modes whose object `commit:path` reads as a blob. */
const BLOB_MODES = new Set(['100644', '100755', '120000'])

/**
 * The file's object after a commit, from the commit's raw diff: its name; null when the commit deleted it. Anything
 * else (a path git quotes, a file that became a folder) is left to `commit:path`, which git reads as it always did.
 */
function fileObject(commit: string, repoPath: string, diff: string): string | null {
  const lines = diff.split('\n').filter(line => line.startsWith(':'))
  const match = lines.length === 1 ? RAW_LINE.exec(lines[0] ?? '') : null
  if (match && match[6] === repoPath) {
    const [, , mode = '', , object = '', status = ''] = match
    if (status === 'D' && mode === '000000') return null
    if (BLOB_MODES.has(mode)) return object
  }
  return `${commit}:${repoPath}`
}

/**
 * One `git cat-file --batch` process: objects asked one at a time (read), or every spec sent at once with each
 * object given to a sink in order (send). Started by the constructor, ended by close().
 */
class CatFileBatch {
  private readonly child: import('node:child_process').ChildProcessWithoutNullStreams
  private readonly waiting: Array<{
    resolve: (content: Buffer | undefined) => void
    reject: (error: Error) => void
  }> = []
  private readonly stderr: Buffer[] = []
  private header: Buffer[] = []
  private body: Buffer | undefined
  private filled = 0
  /** Bytes still to skip: the newline after an object. */
  private skip = 0
  private ended = false
  private spawnError: Error | undefined
  private readonly closed: Promise<number | null>
  /** With a sink, two buffers take the objects in turn: the one before stays as it is while the next is read. */
  private readonly spare: Buffer[] = [Buffer.alloc(0), Buffer.alloc(0)]
  private turn = 0

  constructor(
    spawn: typeof import('node:child_process').spawn,
    cwd: string,
    private readonly sink?: (content: Buffer | undefined) => void
  ) {
    this.child = spawn('git', ['cat-file', '--batch'], {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk))
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk))
    this.child.stdin.on('error', () => undefined)
    this.closed = new Promise(resolve => {
      this.child.on('error', error => {
        this.spawnError = error
        this.fail(error)
        resolve(null)
      })
      this.child.on('close', code => {
        this.fail(this.error(code))
        resolve(code)
      })
    })
  }

  read(spec: string): Promise<Buffer | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject })
      this.child.stdin.write(`${spec}\n`)
    })
  }

  /** Every spec at once: their objects go to the sink, in order. */
  send(specs: readonly string[]): void {
    this.ended = true
    this.child.stdin.end(specs.join('\n') + '\n')
  }

  async close(): Promise<void> {
    if (!this.ended) this.child.stdin.end()
    this.ended = true
    const code = await this.closed
    if (this.spawnError) throw this.spawnError
    if (code !== 0) throw this.error(code)
  }

  private error(code: number | null): GitError {
    return new GitError(['cat-file', '--batch'], code, Buffer.concat(this.stderr).toString('utf8'))
  }

  private fail(error: Error): void {
    for (const waiter of this.waiting.splice(0)) waiter.reject(error)
  }

  private deliver(content: Buffer | undefined): void {
    if (this.sink) this.sink(content)
    else this.waiting.shift()?.resolve(content)
  }

  private bodyOf(size: number): Buffer {
    if (!this.sink) return Buffer.allocUnsafe(size)
    this.turn = 1 - this.turn
    if ((this.spare[this.turn]?.length ?? 0) < size)
      this.spare[this.turn] = Buffer.allocUnsafe(Math.ceil(size * 1.25))
    return (this.spare[this.turn] ?? Buffer.allocUnsafe(size)).subarray(0, size)
  }

  private receive(chunk: Buffer): void {
    let offset = 0
    while (offset < chunk.length) {
      if (this.skip > 0) {
        const skipped = Math.min(this.skip, chunk.length - offset)
        this.skip -= skipped
        offset += skipped
        continue
      }
      if (this.body) {
        const copied = chunk.copy(
          this.body,
          this.filled,
          offset,
          Math.min(chunk.length, offset + this.body.length - this.filled)
        )
        this.filled += copied
        offset += copied
        if (this.filled === this.body.length) {
          this.deliver(this.body)
          this.body = undefined
          this.skip = 1
        }
        continue
      }
      const newline = chunk.indexOf(0x0a, offset)
      if (newline === -1) {
        this.header.push(chunk.subarray(offset))
        break
      }
      this.header.push(chunk.subarray(offset, newline))
      offset = newline + 1
      const line = Buffer.concat(this.header).toString('utf8')
      this.header = []
      const match = /^[0-9a-f]+ \w+ (\d+)$/.exec(line)
      if (!match) {
        this.deliver(undefined)
        continue
      }
      this.body = this.bodyOf(Number(match[1]))
      this.filled = 0
      if (this.body.length === 0) {
        this.deliver(this.body)
        this.body = undefined
        this.skip = 1
      }
    }
  }
}

/** Every git invocation the project makes, behind named methods. Arguments go to execFile: never a shell string. */
export class Git {
  /** How many git processes this instance started (the history benchmark reports it). */
  processCount = 0

  constructor(readonly cwd: string) {}

  private async run(args: readonly string[], options: RunOptions = {}): Promise<Buffer> {
    this.processCount++
    const spawn = await spawner()
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: this.cwd,
        env: {
          ...process.env,
          GIT_TERMINAL_PROMPT: '0',
          ...configEnvironment(options.configs ?? []),
          ...options.env
        },
        stdio: ['pipe', 'pipe', 'pipe']
      })
      const stdout: Buffer[] = []
      const stderr: Buffer[] = []
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
      child.on('error', reject)
      child.on('close', code => {
        if (code === 0) resolve(Buffer.concat(stdout))
        else reject(new GitError(args, code, Buffer.concat(stderr).toString('utf8')))
      })
      child.stdin.on('error', () => undefined)
      child.stdin.end(options.input ?? '')
    })
  }

  private async text(args: readonly string[], options: RunOptions = {}): Promise<string> {
    return (await this.run(args, options)).toString('utf8').trimEnd()
  }

  async resolve(revision: string): Promise<string | undefined> {
    return this.text(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).catch(() => undefined)
  }

  /** The last commit on the first-parent line of `revision` made at or before `date`. */
  async lastCommitBefore(date: string, revision = 'HEAD'): Promise<string | undefined> {
    const commit = await this.text(['rev-list', '-1', '--first-parent', `--before=${date}`, revision]).catch(
      () => ''
    )
    return commit || undefined
  }

  /** Whether git reads `text` as a date: it reads anything, and what it cannot read becomes "now". */
  async understandsDate(text: string): Promise<boolean> {
    if (/^\s*(now|today)\s*$/i.test(text)) return true
    const before = Math.floor(Date.now() / 1000)
    const output = await this.text(['rev-parse', `--before=${text}`])
    const after = Math.floor(Date.now() / 1000)
    const seconds = Number(/--min-age=(\d+)/.exec(output)?.[1])
    return Number.isFinite(seconds) && (seconds < before - 1 || seconds > after + 1)
  }

  /** The values of one trailer in the messages of the commits in `from..to`, oldest first. */
  async trailerValues(
    from: string,
    to: string,
    key: string
  ): Promise<Array<{ commit: string; value: string }>> {
    const output = await this.text([
      'log',
      '--reverse',
      `--format=%H%x1f%(trailers:key=${key},valueonly,separator=%x1f)%x1e`,
      `${from}..${to}`
    ]).catch(() => '')
    return output
      .split(RECORD)
      .map(record => record.replace(/^\n/, '').split(FIELD))
      .flatMap(([commit = '', ...values]) =>
        values
          .map(value => value.trim())
          .filter(Boolean)
          .map(value => ({ commit, value }))
      )
  }

  /**
   * The commits reachable from `revision` (oldest first) whose message has a `keys[0]` trailer, with their author,
   * author date, and the values of each of `keys`: one pass over the history, which only git reads whole.
   */
  async trailerRecords(
    revision: string,
    keys: readonly [string, ...string[]]
  ): Promise<Array<{ commit: string; author: string; date: string; values: string[][] }>> {
    const fields = keys.map(key => `%(trailers:key=${key},valueonly,separator=%x1d)`).join('%x1f')
    const output = await this.text([
      'log',
      '--reverse',
      `--grep=^${keys[0]}:`,
      `--format=%H%x1f%an%x1f%aI%x1f${fields}%x1e`,
      revision
    ]).catch(() => '')
    return output
      .split(RECORD)
      .map(record => record.replace(/^\n/, ''))
      .filter(record => record.length > 0)
      .map(record => {
        const [commit = '', author = '', date = '', ...values] = record.split(FIELD)
        return {
          commit,
          author,
          date,
          values: keys.map((_, index) =>
            (values[index] ?? '')
              .split('\x1d')
              .map(value => value.trim())
              .filter(Boolean)
          )
        }
      })
      .filter(record => (record.values[0]?.length ?? 0) > 0)
  }

  /**
   * The commits (oldest first) whose change to `file` adds a line matching `pattern` (git log -G), with the lines
   * they add that match: one pass over the history, however many lines are looked for.
   */
  async addedLines(
    file: string,
    pattern: string,
    revision = 'HEAD'
  ): Promise<Array<{ commit: string; author: string; date: string; lines: string[] }>> {
    const output = await this.text([
      'log',
      '--reverse',
      '--first-parent',
      '--no-ext-diff',
      '--unified=0',
      `-G${pattern}`,
      `--format=%x1e%H%x1f%an%x1f%cI`,
      revision,
      '--',
      file
    ]).catch(() => '')
    const matcher = new RegExp(pattern)
    return output
      .split(RECORD)
      .filter(Boolean)
      .map(record => {
        const [header = '', ...diff] = record.split('\n')
        const [commit = '', author = '', date = ''] = header.split(FIELD)
        const lines = diff.filter(
          line => line.startsWith('+') && !line.startsWith('+++') && matcher.test(line)
        )
        return { commit, author, date, lines: lines.map(line => line.slice(1)) }
      })
  }

  async isShallow(): Promise<boolean> {
    return (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true'
  }

  /** The file at a revision, or undefined when it does not exist there. */
  async show(revision: string, repoPath: string): Promise<string | undefined> {
    return this.run(['show', `${revision}:${repoPath}`])
      .then(buffer => buffer.toString('utf8'))
      .catch(() => undefined)
  }

  /**
   * The commits that changed a file along the first-parent line of `revision`, newest first, each with the file's
   * object there (read from the same `git log`: its raw diff against the first parent).
   */
  async fileLog(repoPath: string, revision = 'HEAD'): Promise<FileRevision[]> {
    const format = '%x1e' + ['%H', '%an', '%ae', '%aI', '%cI', '%s'].join('%x1f') + '%x1f'
    const log = ['log', '--first-parent', `--format=${format}`]
    const range = [revision, '--', repoPath]
    const rawDiff = ['--raw', '--no-abbrev', '--no-renames', '--no-color', '--diff-merges=first-parent']
    // git before 2.31 has no --diff-merges: without the raw diff, each revision is read as commit:path.
    const output = await this.text([...log, ...rawDiff, ...range])
      .catch(() => this.text([...log, ...range]))
      .catch(() => '')
    return output
      .split(RECORD)
      .filter(record => record.length > 0)
      .map(record => {
        const [commit = '', author = '', email = '', date = '', committedAt = '', subject = '', diff = ''] =
          record.split(FIELD)
        return {
          commit,
          author,
          email,
          date,
          committedAt,
          subject,
          object: fileObject(commit, repoPath, diff)
        }
      })
  }

  /**
   * Reads objects in order to `onObject`: from the repository's packs in this process where it can, through one
   * `git cat-file --batch` otherwise (a loose object, anything the packs cannot give for certain). Each entry is
   * an object name or a `revision:path` spec; null, or one git does not have, reads as undefined. Memory holds the
   * object being read and a bounded cache of delta bases. A content given to `onObject` stays as it is while the
   * next two are read, not longer: the memory is then reused. Copy what must be kept.
   */
  async readObjects(
    objects: ReadonlyArray<string | null>,
    onObject: (content: Buffer | undefined) => void
  ): Promise<void> {
    if (objects.length === 0) return
    const packs = await this.packReader()
    try {
      if (!packs || !objects.some(object => object !== null && packs.has(object))) {
        // Null entries are known to be absent: each is told in its place, around the streamed ones.
        let index = 0
        const absent = () => {
          while (objects[index] === null) {
            index++
            onObject(undefined)
          }
        }
        absent()
        await this.streamObjects(
          objects.filter((object): object is string => object !== null),
          content => {
            index++
            onObject(content)
            absent()
          }
        )
        return
      }
      let batch: CatFileBatch | undefined
      try {
        for (const object of objects) {
          if (object === null) {
            onObject(undefined)
            continue
          }
          const packed = packs.read(object)
          if (packed) {
            onObject(packed.content)
            continue
          }
          if (!batch) {
            this.processCount++
            batch = new CatFileBatch(await spawner(), this.cwd)
          }
          onObject(await batch.read(object))
        }
      } finally {
        await batch?.close()
      }
    } finally {
      packs?.close()
    }
  }

  /** The reader of this repository's packs, or undefined when they are not to be read (not SHA-1, an old index). */
  private async packReader(): Promise<PackReader | undefined> {
    const lines = await this.text(['rev-parse', '--show-object-format', '--git-path', 'objects'])
      .then(output => output.split('\n'))
      .catch(() => [])
    const [format, objects] = lines
    if (format !== 'sha1' || !objects) return undefined
    // Loaded here, not at start: only history reads packs, and it brings node:crypto with it.
    const { PackReader } = await import('./git-packs.js')
    return PackReader.open(path.resolve(this.cwd, objects))
  }

  /**
   * Streams many `revision:path` objects through one `git cat-file --batch` process, in order, to `onObject`
   * (undefined for a missing one). Memory holds two objects whatever the count: a content given to `onObject` stays
   * as it is while the next one is read, not longer.
   */
  async streamObjects(
    specs: readonly string[],
    onObject: (content: Buffer | undefined) => void
  ): Promise<void> {
    if (specs.length === 0) return
    this.processCount++
    const batch = new CatFileBatch(await spawner(), this.cwd, onObject)
    batch.send(specs)
    await batch.close()
  }

  /**
   * Fetches a branch into its remote-tracking ref (`refs/remotes/<remote>/<branch>`), which it returns.
   * `wholeHistory` unshallows a shallow clone on the way.
   */
  async fetchBranch(
    remote: string,
    branch: string,
    options: { wholeHistory?: boolean; configs?: readonly string[] } = {}
  ): Promise<string> {
    const tracking = `refs/remotes/${remote}/${branch}`
    await this.fetch(remote, [`+refs/heads/${branch}:${tracking}`], {
      unshallow: options.wholeHistory === true && (await this.isShallow()),
      configs: options.configs
    })
    return tracking
  }

  /** Fetches a pull request's head (`refs/pull/<number>/head`) into a ref of its own, which it returns. */
  async fetchPullRequestHead(remote: string, number: number, configs?: readonly string[]): Promise<string> {
    const tracking = `refs/remotes/${remote}/pull/${number}/head`
    await this.fetch(remote, [`+refs/pull/${number}/head:${tracking}`], { configs })
    return tracking
  }

  /** Fetches one commit alone (no history behind it): what a shallow checkout needs to read a file there. */
  async fetchCommit(remote: string, commit: string, configs?: readonly string[]): Promise<void> {
    await this.fetch(remote, [commit], { depth: 1, configs })
  }

  /** Fetches the whole history of a shallow clone (git refuses this on a complete one: ask isShallow first). */
  async deepen(remote: string, configs?: readonly string[]): Promise<void> {
    await this.fetch(remote, [], { unshallow: true, configs })
  }

  private async fetch(
    remote: string,
    refspecs: readonly string[],
    options: { unshallow?: boolean; depth?: number; configs?: readonly string[] }
  ) {
    const depth = options.unshallow ? ['--unshallow'] : options.depth ? [`--depth=${options.depth}`] : []
    await this.run(['fetch', '--no-tags', '--quiet', ...depth, remote, ...refspecs], {
      configs: options.configs
    })
  }

  /** Moves the checked-out branch and work tree forward to `commit`; false when git cannot (local changes). */
  async fastForward(commit: string): Promise<boolean> {
    return this.run(['merge', '--ff-only', '--quiet', commit]).then(
      () => true,
      () => false
    )
  }

  async hashObject(text: string): Promise<string> {
    return this.text(['hash-object', '-w', '--stdin'], { input: text })
  }

  /** A commit whose tree is `parent`'s with one file replaced, made without touching the work tree or the index. */
  async commitFile(options: {
    parent: string
    repoPath: string
    content: string
    message: string
    author: Identity
    committer: Identity
  }): Promise<string> {
    const blob = await this.hashObject(options.content)
    const mode =
      (await this.text(['ls-tree', options.parent, '--', options.repoPath])).split(' ')[0] || '100644'
    const indexFile = `${await this.text(['rev-parse', '--absolute-git-dir'])}/model-stages-index-${process.pid}-${Date.now()}`
    const env = { GIT_INDEX_FILE: indexFile }
    try {
      await this.run(['read-tree', options.parent], { env })
      await this.run(['update-index', '--add', '--cacheinfo', `${mode},${blob},${options.repoPath}`], { env })
      const tree = await this.text(['write-tree'], { env })
      return await this.text(['commit-tree', tree, '-p', options.parent, '-F', '-'], {
        input: options.message,
        env: {
          GIT_AUTHOR_NAME: options.author.name,
          GIT_AUTHOR_EMAIL: options.author.email,
          GIT_COMMITTER_NAME: options.committer.name,
          GIT_COMMITTER_EMAIL: options.committer.email
        }
      })
    } finally {
      await fs.rm(indexFile, { force: true })
    }
  }

  /**
   * Pushes a commit to a branch. A refusal is returned, not thrown: `stale` when git says the branch moved
   * under the push (someone else pushed first or at the same moment), with the server's own words.
   */
  async push(
    remote: string,
    commit: string,
    branch: string,
    options: { force?: boolean; configs?: readonly string[] } = {}
  ): Promise<PushResult> {
    const args = ['push', ...(options.force ? ['--force'] : []), remote, `${commit}:refs/heads/${branch}`]
    try {
      await this.run(args, { configs: options.configs })
      return { pushed: true }
    } catch (error) {
      if (!(error instanceof GitError)) throw error
      const said = `${error.stderr}\n${error.message}`
      if (!/\[rejected\]|\[remote rejected\]|^!\s/m.test(said) && !STALE_PUSH.test(said)) throw error
      return { pushed: false, stale: STALE_PUSH.test(said), message: serverWords(said) }
    }
  }

  async deleteRemoteBranch(remote: string, branch: string, configs?: readonly string[]): Promise<void> {
    await this.run(['push', '--quiet', remote, `:refs/heads/${branch}`], { configs })
  }

  /** The commit a branch points at on the remote, or undefined when it has no such branch. */
  async remoteTip(remote: string, branch: string, configs?: readonly string[]): Promise<string | undefined> {
    const output = await this.text(['ls-remote', remote, `refs/heads/${branch}`], { configs })
    return output.split(/\s/)[0] || undefined
  }

  /** Whether a file differs from HEAD in the index or the work tree. */
  async hasChanges(repoPath: string): Promise<boolean> {
    const status = await this.text(['status', '--porcelain', '--', repoPath])
    return status.length > 0
  }

  /** Commits the given paths as they are in the work tree, and nothing else that is staged. */
  async commitPaths(paths: readonly string[], message: string): Promise<string> {
    await this.run(['commit', '--quiet', '-F', '-', '--only', '--', ...paths], { input: message })
    return this.text(['rev-parse', 'HEAD'])
  }

  async remoteUrl(remote: string): Promise<string | undefined> {
    return this.text(['remote', 'get-url', remote]).catch(() => undefined)
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.run(['merge-base', '--is-ancestor', ancestor, descendant])
      .then(() => true)
      .catch(() => false)
  }
}
