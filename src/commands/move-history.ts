import { readManifestHistory } from '../adapters/manifest-history.js'
import { formerVersionsIn } from '../stages/history.js'
import { stageEntry, type StageEntry } from '../stages/soak.js'
import type { RollbackHistory } from '../stages/plan.js'
import type { Workspace } from './workspace.js'

/** What a move needs from the manifest's history: who was in a stage before (rollback), and since when (soak). */
export interface MoveHistory {
  rollback(model: string): RollbackHistory
  /** The move that put a version in its stage; undefined when the history does not have it. */
  enteredStage(model: string, version: string, stage: string): StageEntry | undefined
}

/**
 * The history of the manifest up to `revision`, plus `uncommitted` (the work tree's text) when given;
 * undefined outside git or before the manifest's first commit.
 */
export async function loadMoveHistory(
  workspace: Workspace,
  revision = 'HEAD',
  uncommitted?: string
): Promise<MoveHistory | undefined> {
  if (!workspace.git) return undefined
  const history = await readManifestHistory(workspace.git, workspace.manifestName, revision, uncommitted)
  if (history.revisions === 0) return undefined
  const { entries, committedAt } = history
  return {
    rollback: model => ({ formerIn: stage => formerVersionsIn(entries, model, stage) }),
    enteredStage: (model, version, stage) => stageEntry(entries, committedAt, model, version, stage)
  }
}
