import { readManifestRevisions } from '../adapters/manifest-history.js'
import { formerProductionVersions, historyFromRevisions } from '../stages/history.js'
import type { RollbackHistory } from '../stages/plan.js'
import { readStages } from '../manifest/read-stages.js'
import type { Workspace } from './workspace.js'

/** Which versions were in production before, from git history plus any uncommitted edit; undefined outside git. */
export async function loadRollbackHistory(
  workspace: Workspace,
  model: string,
  currentText: string,
  revision = 'HEAD'
): Promise<RollbackHistory | undefined> {
  if (!workspace.git) return undefined
  const revisions = await readManifestRevisions(workspace.git, workspace.manifestName, revision)
  if (revisions.length === 0) return undefined
  const current = readStages(currentText)
  if (current) revisions.push({ stages: current })
  return { formerProduction: formerProductionVersions(historyFromRevisions(revisions), model) }
}
