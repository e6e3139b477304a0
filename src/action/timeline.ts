import * as core from '@actions/core'
import { readManifestHistory } from '../adapters/manifest-history.js'
import type { MoveOutcome } from '../commands/prepare-move.js'
import type { Workspace } from '../commands/workspace.js'
import { timelineMarkdown } from '../reporting/timeline.js'
import { pipelineOf } from '../stages/pipeline.js'
import { stageHoldings } from '../stages/timeline.js'
import { commitUrl, type RunContext } from './run-context.js'

/** A summary shows the timelines of at most this many moved models. */
const SUMMARY_TIMELINES = 3

export interface MovedModel {
  outcome: MoveOutcome
  /** The commit that carries the move; without one (a dry run), the new text is read as not committed yet. */
  commitSha?: string
}

/**
 * The stage timeline of each model a run moved, for its job summary, read from the history this checkout has (a
 * shallow clone's is short, and the table says so). Nothing when no model moved or the history cannot be read:
 * a summary never fails a move that already landed.
 */
export async function movedTimelines(
  workspace: Workspace,
  moved: readonly MovedModel[],
  context: RunContext
): Promise<string> {
  const git = workspace.git
  const changed = moved.filter(entry => entry.outcome.changed && entry.outcome.verdict !== 'failed')
  if (!git || changed.length === 0) return ''
  try {
    const shallow = await git.isShallow()
    const note = shallow ? ' (from the commits this shallow checkout has)' : ''
    const parts: string[] = []
    for (const { outcome, commitSha } of changed.slice(0, SUMMARY_TIMELINES)) {
      const { entries } = await readManifestHistory(
        git,
        workspace.manifestName,
        commitSha ?? 'HEAD',
        commitSha ? undefined : outcome.newText
      )
      const exclusive = pipelineOf(outcome.plan.result)
        .stages.filter(stage => stage.exclusive)
        .map(stage => stage.name)
      const holdings = stageHoldings(entries, outcome.plan.model, exclusive)
      parts.push(timelineMarkdown(outcome.plan.model, holdings, sha => commitUrl(context, sha), note))
    }
    const more = changed.length - SUMMARY_TIMELINES
    if (more > 0)
      parts.push(
        `${more} more model${more === 1 ? '' : 's'} moved: \`model-stages site\` shows every model's timeline.`
      )
    return parts.filter(Boolean).join('\n\n')
  } catch (error) {
    core.debug(`no stage timeline in the summary: ${error instanceof Error ? error.message : String(error)}`)
    return ''
  }
}
