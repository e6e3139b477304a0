import { readManifestRevisions } from '../adapters/manifest-history.js'
import { historyFromRevisions, type HistoryEntry } from '../stages/history.js'
import { InputError } from '../stages/errors.js'
import type { Workspace } from './workspace.js'

/** Every committed transition of the manifest (or of one model), oldest first, rebuilt from the file's contents. */
export async function readHistory(
  workspace: Workspace,
  model?: string,
  revision = 'HEAD'
): Promise<HistoryEntry[]> {
  if (!workspace.git) throw new InputError(`history needs a git repository: ${workspace.root} is not one`)
  const revisions = await readManifestRevisions(workspace.git, workspace.manifestName, revision)
  const entries = historyFromRevisions(revisions)
  if (model === undefined) return entries
  const known = new Set([...entries.map(entry => entry.model), ...(revisions.at(-1)?.stages.keys() ?? [])])
  if (!known.has(model))
    throw new InputError(
      `unknown model ${model}; the manifest's history has: ${[...known].join(', ') || 'no models'}`
    )
  return entries.filter(entry => entry.model === model)
}
