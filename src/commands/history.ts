import { readFile } from 'node:fs/promises'
import { readManifestHistory } from '../adapters/manifest-history.js'
import { readStages } from '../manifest/read-stages.js'
import type { HistoryEntry } from '../stages/history.js'
import { InputError, unknownModel } from '../stages/errors.js'
import type { Workspace } from './workspace.js'

/** Every committed transition of the manifest (or of one model), oldest first, rebuilt from the file's contents. */
export async function readHistory(
  workspace: Workspace,
  model?: string,
  revision = 'HEAD'
): Promise<HistoryEntry[]> {
  if (!workspace.git) throw new InputError(`history needs a git repository: ${workspace.root} is not one`)
  const { entries } = await readManifestHistory(workspace.git, workspace.manifestName, revision)
  if (model === undefined) return entries
  const selected = entries.filter(entry => entry.model === model)
  if (selected.length > 0) return selected
  // A model declared but never given a version has no transitions yet; any other name is a mistake.
  const current = await readFile(workspace.manifestPath, 'utf8').catch(() => '')
  const known = new Set([...entries.map(entry => entry.model), ...(readStages(current)?.keys() ?? [])])
  if (!known.has(model)) throw unknownModel(model, [...known], "the manifest's history")
  return selected
}
