import { readFile } from 'node:fs/promises'
import { readManifest } from '../manifest/read.js'
import type { Workspace } from './workspace.js'

export interface DigestRecord {
  model: string
  version: string
  digest: string
  commit: string
  author: string
  date: string
}

/**
 * When each digest of the manifest was first recorded, and by whom: the first commit that added its line. One pass
 * over the history (git log -G), run only when the manifest records a digest at all.
 */
export async function digestRecords(workspace: Workspace, model?: string): Promise<DigestRecord[]> {
  if (!workspace.git) return []
  const text = await readFile(workspace.manifestPath, 'utf8').catch(() => undefined)
  if (text === undefined) return []
  const data = await readManifest(text, workspace.manifestName).catch(() => undefined)
  const owners = new Map<string, { model: string; version: string }>()
  for (const [name, entry] of Object.entries(data?.models ?? {}))
    if (model === undefined || name === model)
      for (const [version, details] of entry.versions)
        if (details.digest) owners.set(details.digest, { model: name, version })
  if (owners.size === 0) return []
  const records: DigestRecord[] = []
  for (const change of await workspace.git.addedLines(
    workspace.manifestName,
    'digest: *["\']?sha256:[0-9a-f]{64}'
  )) {
    for (const line of change.lines) {
      const digest = /sha256:[0-9a-f]{64}/.exec(line)?.[0]
      const owner = digest === undefined ? undefined : owners.get(digest)
      if (!owner || !digest) continue
      owners.delete(digest)
      records.push({ ...owner, digest, commit: change.commit, author: change.author, date: change.date })
    }
  }
  return records
}
