import type { MoveOutcome } from '../commands/prepare-move.js'
import type { Problem } from '../manifest/problems.js'
import type { HistoryEntry } from '../stages/history.js'
import { archivedBy, outcomeSentence, planTitle } from './describe.js'
import { gatesMarkdown } from './gates.js'
import { overrideMarkdown } from './override.js'
import { codeBlock, markdownTable, outputTailBlock } from './markdown.js'
import { validationResult } from '../stages/admission.js'
import { stageMove } from '../stages/rules.js'

/** A move as it was carried out: what was planned and judged, and where it was written, if anywhere. */
export interface MoveReport {
  outcome: MoveOutcome
  commitSha?: string
  pullRequest?: { number: number; url: string }
}

export function moveSummary(
  published: MoveReport,
  mode: string,
  diff: string,
  links: { commitUrl?: string }
): string {
  const { outcome } = published
  const { plan } = outcome
  if (plan.transitions.length === 0 && plan.changes.length === 0)
    return `## model-stages\n\nNothing to do: ${plan.note}.`
  const requested = plan.transitions.find(t => t.cause === 'requested')
  const validation = validationResult(outcome.admission)
  let result = 'not written: validation did not pass'
  if (outcome.verdict !== 'failed') {
    if (published.pullRequest)
      result = `[pull request #${published.pullRequest.number}](${published.pullRequest.url})`
    else if (published.commitSha)
      result = `[commit ${published.commitSha.slice(0, 7)}](${links.commitUrl ?? published.commitSha})`
    else result = 'dry run: nothing written'
  }
  const table = markdownTable(
    ['Model', 'Version', 'Transition', 'Validation', 'Archived', 'Result'],
    [
      [
        plan.model,
        `\`${plan.version}\``,
        requested
          ? `${requested.version === plan.version ? '' : `${requested.version} `}${stageMove(requested.from, requested.to)}`
          : '—',
        outcome.verdict,
        (outcome.verdict === 'failed' ? [] : archivedBy(plan)).join(', ') || '—',
        result
      ]
    ]
  )
  const title =
    outcome.verdict === 'failed' && plan.operation === 'block'
      ? `${plan.model}: ${plan.version} not blocked (${requested?.version ?? 'the version rolled back to'} did not pass validation for ${requested?.to ?? 'its stage'})`
      : outcome.verdict === 'failed'
        ? `${plan.model}: ${plan.version} not moved to ${requested?.to ?? 'production'} (validation ${validation?.status ?? 'failed'})`
        : planTitle(plan)
  const parts = [
    `## model-stages: ${title}`,
    table,
    outcomeSentence(outcome.admission),
    gatesMarkdown(outcome.admission?.gates ?? []),
    overrideMarkdown(outcome.admission?.override),
    outputTailBlock(validation)
  ]
  if (mode === 'dry-run' && diff) parts.push(`Planned change (mode: dry-run):\n\n${codeBlock(diff, 'diff')}`)
  return parts.filter(Boolean).join('\n\n')
}

export function problemsSummary(problems: readonly Problem[]): string {
  return [
    '## model-stages: the manifest has problems',
    markdownTable(
      ['File', 'Line', 'Column', 'Problem'],
      problems.map(p => [p.file, String(p.line), String(p.column), p.message])
    ),
    'Nothing was changed.'
  ].join('\n\n')
}

/** A stopped run: what went wrong, and what it left on origin (nothing, unless `leftBehind` says what). */
export function errorSummary(message: string, leftBehind?: string): string {
  return `## model-stages: stopped\n\n${message}\n\n${leftBehind ?? 'Nothing was changed.'}`
}

export function historySummary(
  entries: readonly HistoryEntry[],
  commitLink: (sha: string) => string
): string {
  if (entries.length === 0) return '## model-stages: history\n\nNo transitions recorded.'
  const rows = entries.map(entry => [
    entry.date?.slice(0, 19).replace('T', ' ') ?? '',
    entry.model,
    `\`${entry.version}\``,
    stageMove(entry.from, entry.to),
    entry.commit ? `[${entry.commit.slice(0, 7)}](${commitLink(entry.commit)})` : 'uncommitted',
    entry.pullRequest ? `#${entry.pullRequest}` : '',
    entry.author ?? ''
  ])
  return `## model-stages: history\n\n${markdownTable(['Date', 'Model', 'Version', 'Transition', 'Commit', 'PR', 'Author'], rows)}`
}
