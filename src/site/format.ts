import { ARCHIVED } from '../manifest/names.js'
import type { HistoryEntry } from '../stages/history.js'
import { stageMove } from '../stages/rules.js'
import type { MovePoint } from '../stages/timeline.js'
import { escapeHtml, link } from './escape.js'
import type { RepositoryLinks } from './links.js'

/** The fragments several pages share: dates, commits, pull requests, stages, moves. */

/** `2026-03-01 14:02` as the commit records it, in a <time> element. */
export function dateHtml(date: string | null): string {
  if (!date) return '<span class="muted">not committed</span>'
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(date.slice(0, 16).replace('T', ' '))}</time>`
}

/** The short commit, linked to the repository when it is known. */
export function commitHtml(commit: string | null, links: RepositoryLinks | undefined): string {
  if (!commit) return ''
  return link(commit.slice(0, 7), links?.commit(commit), ' class="mono"')
}

export function pullRequestHtml(number: number | null, links: RepositoryLinks | undefined): string {
  if (number === null) return ''
  return link(`#${number}`, links?.pullRequest(number))
}

/** When, by whom, where: `2026-03-01 14:02 · Ada · abc1234 · #12`. */
export function pointHtml(point: MovePoint, links: RepositoryLinks | undefined): string {
  return [
    dateHtml(point.date),
    point.author ? escapeHtml(point.author) : '',
    commitHtml(point.commit, links),
    pullRequestHtml(point.pullRequest, links)
  ]
    .filter(Boolean)
    .join(' · ')
}

export function stageHtml(stage: string, live: string): string {
  const kind = stage === live ? ' live' : stage === ARCHIVED ? ' archived' : ''
  return `<span class="stage${kind}">${escapeHtml(stage)}</span>`
}

/** `1.5.0 staging → production`, then where it happened. */
export function moveHtml(entry: HistoryEntry, links: RepositoryLinks | undefined): string {
  return (
    `<span class="mono">${escapeHtml(entry.version)}</span> ${escapeHtml(stageMove(entry.from, entry.to))}<br>` +
    `<span class="note">${pointHtml(entry, links)}</span>`
  )
}

/** `1 older not shown`, or nothing. */
export function olderNote(older: number, what: string): string {
  return older > 0 ? `<p class="note">${older} older ${escapeHtml(what)} not shown.</p>` : ''
}
