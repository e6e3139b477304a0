import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** A digest as the manifest records it: the algorithm, a colon, the hex. */
export type Digest = `sha256:${string}`

const hex = (hash: ReturnType<typeof createHash>): Digest => `sha256:${hash.digest('hex')}`

/** The sha256 of a file, read once as a stream: memory stays constant whatever the size. */
export async function fileDigest(file: string): Promise<Digest> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), hash)
  return hex(hash)
}

/** Every file below `root`, as sorted relative paths with `/` separators; a symbolic link is refused. */
async function filesBelow(root: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true })
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isSymbolicLink())
        throw new Error(`${child} is a symbolic link: a directory's digest is taken over regular files only`)
      if (entry.isDirectory()) await walk(child)
      else if (entry.isFile()) found.push(child)
      else throw new Error(`${child} is not a regular file`)
    }
  }
  await walk('')
  // Byte order of the UTF-8 paths, so that the digest does not depend on the platform's collation.
  return found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
}

/**
 * A directory's digest: the sha256 of the lines `<sha256 hex of the file>  <relative path>\n`, one per regular
 * file, sorted by path (what `sha256sum` prints for the sorted files, so it can be checked by hand:
 * `find . -type f | LC_ALL=C sort | sed 's|^./||' | xargs sha256sum | sha256sum`). Symbolic links are refused.
 */
export async function directoryDigest(root: string): Promise<Digest> {
  const listing = createHash('sha256')
  for (const file of await filesBelow(root)) {
    const digest = await fileDigest(path.join(root, file))
    listing.update(`${digest.slice('sha256:'.length)}  ${file}\n`)
  }
  return hex(listing)
}

/** A local path's digest: a file's or a directory's. */
export async function pathDigest(target: string): Promise<Digest> {
  const stat = await lstat(target)
  if (stat.isSymbolicLink()) throw new Error(`${target} is a symbolic link: give the path it points to`)
  if (stat.isDirectory()) return directoryDigest(target)
  if (stat.isFile()) return fileDigest(target)
  throw new Error(`${target} is not a file or a directory`)
}

/** The sha256 of what an http(s) URL serves, hashed as it streams in. */
export async function urlDigest(url: string, timeoutMs = 10 * 60 * 1000): Promise<Digest> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' })
  if (!response.ok || !response.body)
    throw new Error(`${url} answered ${response.status} ${response.statusText}: nothing to hash`)
  const hash = createHash('sha256')
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), hash)
  return hex(hash)
}

/** What a digest command printed: its last line, `sha256:<hex>` or the bare hex as sha256sum prints it. */
export function digestFromOutput(output: string): Digest | undefined {
  const last = output.trim().split('\n').at(-1)?.trim() ?? ''
  const match = /^(?:sha256:)?([0-9a-f]{64})(?:\s.*)?$/.exec(last)
  return match ? `sha256:${match[1]}` : undefined
}
