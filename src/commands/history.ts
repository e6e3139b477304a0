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
  return model === undefined ? entries : entries.filter(entry => entry.model === model)
}
