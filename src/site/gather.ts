import { readHistory } from '../commands/history.js'
import { manifestAt } from '../commands/manifest-at.js'
import { readWorkspaceManifest, type Workspace } from '../commands/workspace.js'
import type { BrokenRevision } from '../adapters/manifest-history.js'
import { readManifest } from '../manifest/read.js'
import type { Manifest } from '../manifest/schema.js'
import { MOVE_TRAILER } from '../reporting/describe.js'
import { OVERRIDE_TRAILER } from '../stages/admission.js'
import type { HistoryEntry } from '../stages/history.js'
import { pipelineOf, type Pipeline } from '../stages/pipeline.js'

/** A `Model-Stage-Override` trailer: who let a move through its guards, when, and why. */
export interface OverrideRecord {
  commit: string
  author: string
  date: string
  reason: string
  /** The moves the commit records (its `Model-Stage` trailers): `churn@1.5.0 staging -> production`. */
  moves: string[]
}

/** Everything the pages show: the manifest at one revision, and its history up to there. */
export interface Registry {
  manifestName: string
  /** The commit the registry is read at; null outside git or before the first commit. */
  commit: string | null
  /** What `--at` asked for, when it was given. */
  at?: string
  data: Manifest
  pipeline: Pipeline
  /** Each model's moves, oldest first. */
  history: ReadonlyMap<string, readonly HistoryEntry[]>
  /** Each model's overrides, oldest first. */
  overrides: ReadonlyMap<string, readonly OverrideRecord[]>
  /** Overrides whose commit names no model's move (made by hand on a branch that was merged). */
  unplacedOverrides: readonly OverrideRecord[]
  brokenRevisions: readonly BrokenRevision[]
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const name = key(item)
    const group = groups.get(name)
    if (group) group.push(item)
    else groups.set(name, [item])
  }
  return groups
}

/**
 * The overrides recorded up to `revision`, each given to the models its commit moved: the models its own
 * `Model-Stage` trailers name, else those whose moves the history places at that commit.
 */
async function readOverrides(
  workspace: Workspace,
  revision: string,
  entries: readonly HistoryEntry[]
): Promise<{ byModel: Map<string, OverrideRecord[]>; unplaced: OverrideRecord[] }> {
  const byModel = new Map<string, OverrideRecord[]>()
  const unplaced: OverrideRecord[] = []
  const git = workspace.git
  if (!git) return { byModel, unplaced }
  const records = await git.trailerRecords(revision, [OVERRIDE_TRAILER, MOVE_TRAILER])
  if (records.length === 0) return { byModel, unplaced }
  const movedAt = groupBy(
    entries.filter(entry => entry.commit !== null),
    entry => entry.commit ?? ''
  )
  for (const record of records) {
    const [reasons = [], moves = []] = record.values
    const named = moves.map(move => /^([^@\s]+)@/.exec(move)?.[1]).filter(model => model !== undefined)
    const models = new Set(
      named.length > 0 ? named : (movedAt.get(record.commit) ?? []).map(entry => entry.model)
    )
    for (const reason of reasons) {
      const override = { commit: record.commit, author: record.author, date: record.date, reason, moves }
      if (models.size === 0) unplaced.push(override)
      for (const model of models) {
        const list = byModel.get(model)
        if (list) list.push(override)
        else byModel.set(model, [override])
      }
    }
  }
  return { byModel, unplaced }
}

/**
 * The registry as of `at` (a revision or a date, as `show --at` reads it), else the work tree's manifest with the
 * history up to HEAD. Outside git, the manifest alone, with no history.
 */
export async function gatherRegistry(workspace: Workspace, at?: string): Promise<Registry> {
  const past = at === undefined ? undefined : await manifestAt(workspace, at)
  const text = past?.text ?? (await readWorkspaceManifest(workspace))
  const data = await readManifest(text, past?.name ?? workspace.manifestName)
  const commit = past?.commit ?? (workspace.git ? ((await workspace.git.resolve('HEAD')) ?? null) : null)
  const { entries, brokenRevisions } =
    commit === null ? { entries: [], brokenRevisions: [] } : await readHistory(workspace, undefined, commit)
  const overrides =
    commit === null
      ? { byModel: new Map<string, OverrideRecord[]>(), unplaced: [] }
      : await readOverrides(workspace, commit, entries)
  return {
    manifestName: workspace.manifestName,
    commit,
    ...(at === undefined ? {} : { at }),
    data,
    pipeline: pipelineOf(data),
    history: groupBy(entries, entry => entry.model),
    overrides: overrides.byModel,
    unplacedOverrides: overrides.unplaced,
    brokenRevisions
  }
}
