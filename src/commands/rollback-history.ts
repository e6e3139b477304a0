import { readManifestHistory } from '../adapters/manifest-history.js'
import { formerProductionVersions } from '../stages/history.js'
import type { RollbackHistory } from '../stages/plan.js'
import type { Workspace } from './workspace.js'

/** Which versions were in production before, from git history plus any uncommitted edit; undefined outside git. */
export async function loadRollbackHistory(
  workspace: Workspace,
  model: string,
  currentText: string,
  revision = 'HEAD'
): Promise<RollbackHistory | undefined> {
  if (!workspace.git) return undefined
  const history = await readManifestHistory(workspace.git, workspace.manifestName, revision, currentText)
  if (history.revisions === 0) return undefined
  const entries = history.entries
  return { formerProduction: formerProductionVersions(entries, model) }
}
