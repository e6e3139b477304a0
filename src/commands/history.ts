import { readFile } from 'node:fs/promises'
import { readManifestHistory, type BrokenRevision } from '../adapters/manifest-history.js'
import { ManifestError } from '../manifest/problems.js'
import { readStageMap } from '../manifest/read.js'
import type { HistoryEntry } from '../stages/history.js'
import { InputError, unknownModel } from '../stages/errors.js'
import type { Workspace } from './workspace.js'

export interface HistoryResult {
  entries: HistoryEntry[]
  /** Revisions that break the manifest's profile: their moves are not counted, and each is told once. */
  brokenRevisions: BrokenRevision[]
}

/** The models the work tree's manifest names (none when it cannot be read). */
async function currentModels(workspace: Workspace): Promise<string[]> {
  const text = await readFile(workspace.manifestPath, 'utf8').catch(() => '')
  try {
    return [...readStageMap(text, workspace.manifestName).keys()]
  } catch (error) {
    if (error instanceof ManifestError) return []
    throw error
  }
}

/** Every committed transition of the manifest (or of one model), oldest first, rebuilt from the file's contents. */
export async function readHistory(
  workspace: Workspace,
  model?: string,
  revision = 'HEAD'
): Promise<HistoryResult> {
  if (!workspace.git) throw new InputError(`history needs a git repository: ${workspace.root} is not one`)
  const { entries, brokenRevisions } = await readManifestHistory(
    workspace.git,
    workspace.manifestName,
    revision
  )
  if (model === undefined) return { entries, brokenRevisions }
  const selected = entries.filter(entry => entry.model === model)
  if (selected.length > 0) return { entries: selected, brokenRevisions }
  // A model declared but never given a version has no transitions yet; any other name is a mistake.
  const known = new Set([...entries.map(entry => entry.model), ...(await currentModels(workspace))])
  if (!known.has(model)) throw unknownModel(model, [...known], "the manifest's history")
  return { entries: selected, brokenRevisions }
}
