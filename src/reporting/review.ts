import { formatProblem, type Problem } from '../manifest/problems.js'
import type { ReviewedChange } from '../stages/review.js'
import { stageName } from '../stages/rules.js'
import { markdownTable, outputTailBlock } from './markdown.js'
import type { ReviewedResult } from '../commands/review.js'
import { outcomeSentence } from './describe.js'
import { gatesMarkdown } from './gates.js'

export interface ReviewReport {
  manifestName: string
  problems: readonly Problem[]
  /** The pull request adds the manifest. */
  initial?: boolean
  changes: readonly ReviewedResult[]
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

function verdictCell(change: ReviewedChange): string {
  return change.refusal ? `❌ refused: ${change.refusal}` : `✅ ${change.operation ?? ''}`
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
  const notRun = report.changes.find(change => change.validationNotRun)?.validationNotRun
  if (notRun) {
    const versions = report.changes
      .filter(change => change.validationNotRun)
      .map(change => `${change.model} ${change.version}`)
    parts.push(
      `**Validation was not run** for ${versions.join(', ')}: ${notRun}. A version enters production only ` +
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
