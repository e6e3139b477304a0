import type { Holding, MovePoint } from '../stages/timeline.js'
import { markdownTable } from './markdown.js'

/** A job summary shows at most this many holdings of a model (the newest): the site has them all. */
export const SUMMARY_HOLDINGS = 8

function pointCell(point: MovePoint, commitLink: (sha: string) => string): string {
  const date = point.date?.slice(0, 16).replace('T', ' ') ?? 'this change'
  const commit = point.commit ? ` [${point.commit.slice(0, 7)}](${commitLink(point.commit)})` : ''
  const pull = point.pullRequest === null ? '' : ` #${point.pullRequest}`
  return `${date}${commit}${pull}`
}

/**
 * Which version held each exclusive stage of a model, newest first, as a compact table GitHub renders: the
 * summary of a move shows where it leaves the model.
 */
export function timelineMarkdown(
  model: string,
  holdings: readonly Holding[],
  commitLink: (sha: string) => string,
  note = ''
): string {
  if (holdings.length === 0) return ''
  const shown = holdings.slice(-SUMMARY_HOLDINGS).reverse()
  const older = holdings.length - shown.length
  const table = markdownTable(
    ['Stage', 'Version', 'From', 'Until'],
    shown.map(holding => [
      holding.stage,
      `\`${holding.version}\``,
      pointCell(holding.since, commitLink),
      holding.until ? pointCell(holding.until, commitLink) : '**now**'
    ])
  )
  const tail = older > 0 ? `\n\n${older} older holding${older === 1 ? '' : 's'} not shown.` : ''
  return `### Stage timeline of ${model}${note}\n\n${table}${tail}`
}
