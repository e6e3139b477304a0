import { formatProblem } from '../manifest/problems.js'
import {
  failedGates,
  OVERRIDE_TRAILER,
  refusalReasons,
  refusedBeforeValidation,
  validationResult,
  type AdmissionVerdict
} from '../stages/admission.js'
import { reviewPassed, type Review, type ReviewedChange } from '../stages/review.js'
import { stageMove } from '../stages/rules.js'
import { inlineCode, markdownTable, outputTailBlock } from './markdown.js'
import { outcomeSentence, transitionText } from './describe.js'
import { gatesMarkdown, gatesText } from './gates.js'

export function reviewMarker(manifestName: string): string {
  return `<!-- model-stages:check ${manifestName} -->`
}

/** The rule column: the operation, what refused it before validation, and what an override let through. */
function ruleCell(verdict: AdmissionVerdict): string {
  const refused = refusedBeforeValidation(verdict)
  if (refused.length > 0) return `❌ refused: ${refused.map(refusal => refusal.message).join('; ')}`
  const overridden = verdict.override ? ` ⚠️ overrode ${verdict.override.bypassed.join('; ')}` : ''
  return `✅ ${verdict.operation ?? ''}${overridden}`
}

function validationCell(verdict: AdmissionVerdict): string {
  const validation = verdict.validation
  if (!validation) return '—'
  if (validation.state === 'not-run') return '⚠️ not run'
  if (validation.state === 'no-command') return '❌ no validation command'
  const { result } = validation
  if (result.status !== 'passed')
    return `❌ ${result.status}${result.exitCode !== null ? ` (exit ${result.exitCode})` : ''}`
  return verdict.admitted ? '✅ passed' : '❌ gates failed'
}

/** Why a change does not pass, in one line: every refusal that stands. */
export function refusalText(verdict: AdmissionVerdict): string {
  return verdict.refusals.map(refusal => refusal.message).join('; ')
}

/**
 * The CLI's lines for a change: "churn@1.5.0 staging -> production: promote; validation passed", what refuses it,
 * what an override let through, and one line per failing gate rule (metric, measured value, baseline, rule).
 */
export function reviewedChangeLines(change: ReviewedChange): string[] {
  const { verdict } = change
  const result = validationResult(verdict)
  const reasons = result ? refusalReasons(verdict) : verdict.refusals.map(refusal => refusal.message)
  const segments = [
    result
      ? `${verdict.operation ?? ''}; validation ${result.status}`
      : reasons.length > 0
        ? ''
        : verdict.operation,
    reasons.length > 0 ? `refused: ${reasons.join('; ')}` : '',
    verdict.override ? `overrode ${verdict.override.bypassed.join('; ')}` : ''
  ]
  const failing = gatesText(failedGates(verdict)).map(line => `  gate ${line}`)
  return [`${transitionText(change)}: ${segments.filter(Boolean).join('; ')}`, ...failing]
}

/** The PR comment and job summary of a review: one table of every stage change, then what failed. */
export function reviewMarkdown(report: Review, runUrl?: string): string {
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
          stageMove(change.from, change.to),
          ruleCell(change.verdict),
          validationCell(change.verdict)
        ])
      )
    )
  }
  if (report.overrides && report.overrides.length > 0)
    parts.push(
      `**⚠️ Overrides** (\`${OVERRIDE_TRAILER}\` trailers) in this pull request:`,
      report.overrides.map(o => `- ${o.commit.slice(0, 7)}: ${inlineCode(o.reason)}`).join('\n')
    )
  const notRun = report.changes.filter(change => change.verdict.validation?.state === 'not-run')
  const why = notRun[0]?.verdict.validation
  if (why?.state === 'not-run') {
    const versions = notRun.map(change => `${change.model} ${change.version}`)
    parts.push(
      `**Validation was not run** for ${versions.join(', ')}: ${why.reason}. A version is promoted only ` +
        'after its validation passes: promote it with the workflow_dispatch promotion instead.'
    )
  }
  for (const change of report.changes) {
    const { verdict } = change
    const result = validationResult(verdict)
    if (result && !verdict.admitted)
      parts.push(
        `**${change.model} ${change.version}**: ${outcomeSentence(verdict)}`,
        outputTailBlock(result)
      )
    if (verdict.gates.length > 0)
      parts.push(`Metric gates of **${change.model} ${change.version}**:`, gatesMarkdown(verdict.gates))
  }
  parts.push(
    passed
      ? '**Result: every stage change is legal and validated.**'
      : '**Result: this pull request cannot be merged as it is.**'
  )
  if (runUrl) parts.push(`<sub>Checked by [this run](${runUrl}); the comment is updated on every run.</sub>`)
  return parts.filter(Boolean).join('\n\n')
}
