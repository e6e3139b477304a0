import { promises as fs } from 'node:fs'
import path from 'node:path'
import { ManifestError } from '../manifest/problems.js'

export async function readManifestFile(absolutePath: string, displayName: string): Promise<string> {
  try {
    return await fs.readFile(absolutePath, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'there is no such file. Start one with `model-stages init`, or give the path of yours (--manifest, or the manifest input of the action)'
        : String(error)
    throw new ManifestError([
      { file: displayName, line: 1, column: 1, message: `cannot read the manifest: ${why}` }
    ])
  }
}

/** Writes through a temporary file in the same folder and a rename: readers see the old or the new file, never half. */
export async function writeFileAtomic(absolutePath: string, text: string): Promise<void> {
  // node:crypto is loaded here, not at start: most commands never write.
  const { randomBytes } = await import('node:crypto')
  const folder = path.dirname(absolutePath)
  const temporary = path.join(folder, `.${path.basename(absolutePath)}.${randomBytes(6).toString('hex')}.tmp`)
  const mode = await fs
    .stat(absolutePath)
    .then(stat => stat.mode & 0o777)
    .catch(() => 0o644)
  const handle = await fs.open(temporary, 'w', mode)
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await fs.rename(temporary, absolutePath)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
}
