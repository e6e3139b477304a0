import { formatProblem, type Problem } from '../manifest/problems.js'
import { stageName } from '../stages/rules.js'
import { inlineCode, markdownTable, outputTailBlock } from './markdown.js'
import { OVERRIDE_TRAILER } from './override.js'
import type { ReviewedResult } from '../commands/review.js'
import { outcomeSentence } from './describe.js'
import { gatesMarkdown } from './gates.js'

export interface ReviewReport {
  manifestName: string
  problems: readonly Problem[]
  /** The pull request adds the manifest. */
  initial?: boolean
  changes: readonly ReviewedResult[]
  /** Model-Stage-Override trailers of the commits under review. */
  overrides?: ReadonlyArray<{ commit: string; reason: string }>
  runUrl?: string
}

export function reviewMarker(manifestName: string): string {
  return `<!-- model-stages:check ${manifestName} -->`
}

export function reviewPassed(report: ReviewReport): boolean {
  return (
    report.problems.length === 0 &&
    report.changes.every(
      change =>
        !change.refusal &&
        !change.validationNotRun &&
        !change.failure &&
        (!change.validation || change.validation.status === 'passed')
    )
  )
}

function verdictCell(change: ReviewedResult): string {
  if (change.refusal) return `❌ refused: ${change.refusal}`
  const overridden = change.overridden?.length ? ` ⚠️ overrode ${change.overridden.join('; ')}` : ''
  return `✅ ${change.operation ?? ''}${overridden}`
}

function validationCell(change: ReviewedResult): string {
  const validation = change.validation
  if (change.validationNotRun) return '⚠️ not run'
  if (!validation) return '—'
  if (validation.status === 'passed' && change.failure) return '❌ gates failed'
  return validation.status === 'passed'
    ? '✅ passed'
    : `❌ ${validation.status}${validation.exitCode !== null ? ` (exit ${validation.exitCode})` : ''}`
}

/** The PR comment and job summary of a review: one table of every stage change, then what failed. */
export function reviewMarkdown(report: ReviewReport): string {
  const passed = reviewPassed(report)
  const parts = [reviewMarker(report.manifestName), `## model-stages review of \`${report.manifestName}\``]
  if (report.problems.length > 0) {
    parts.push(
      'The manifest has problems; fix them first:',
      report.problems.map(p => `- \`${formatProblem(p)}\``).join('\n')
    )
  }
  if (report.initial)
    parts.push(
      'This pull request adds the manifest: its stages are the starting point, and later changes are reviewed against it.'
    )
  else if (report.changes.length === 0) parts.push('No stage changes.')
  else {
    parts.push(
      markdownTable(
        ['Model', 'Version', 'Transition', 'Rule', 'Validation'],
        report.changes.map(change => [
          change.model,
          `\`${change.version}\``,
          `${stageName(change.from)} → ${change.to ?? 'removed'}`,
          verdictCell(change),
          validationCell(change)
        ])
      )
    )
  }
  if (report.overrides && report.overrides.length > 0)
    parts.push(
      `**⚠️ Overrides** (\`${OVERRIDE_TRAILER}\` trailers) in this pull request:`,
      report.overrides.map(o => `- ${o.commit.slice(0, 7)}: ${inlineCode(o.reason)}`).join('\n')
    )
  const notRun = report.changes.find(change => change.validationNotRun)?.validationNotRun
  if (notRun) {
    const versions = report.changes
      .filter(change => change.validationNotRun)
      .map(change => `${change.model} ${change.version}`)
    parts.push(
      `**Validation was not run** for ${versions.join(', ')}: ${notRun}. A version is promoted only ` +
        'after its validation passes: promote it with the workflow_dispatch promotion instead.'
    )
  }
  for (const change of report.changes) {
    const failed = change.validation && (change.validation.status !== 'passed' || change.failure)
    if (failed)
      parts.push(
        `**${change.model} ${change.version}**: ${outcomeSentence(change.validation, change.failure)}`,
        outputTailBlock(change.validation)
      )
    if (change.gates && change.gates.length > 0)
      parts.push(`Metric gates of **${change.model} ${change.version}**:`, gatesMarkdown(change.gates))
  }
  parts.push(
    passed
      ? '**Result: every stage change is legal and validated.**'
      : '**Result: this pull request cannot be merged as it is.**'
  )
  if (report.runUrl)
    parts.push(`<sub>Checked by [this run](${report.runUrl}); the comment is updated on every run.</sub>`)
  return parts.filter(Boolean).join('\n\n')
}
