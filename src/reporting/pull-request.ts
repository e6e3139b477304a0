import type { MoveOutcome } from '../commands/prepare-move.js'
import { validationResult } from '../stages/admission.js'
import { outcomeSentence, planTitle } from './describe.js'
import { gatesMarkdown } from './gates.js'
import { overrideMarkdown } from './override.js'
import { markdownTable, outputTailBlock, transitionRows } from './markdown.js'

export function pullRequestBranch(model: string): string {
  return `model-stages/${model}`
}

export function pullRequestTitle(outcome: MoveOutcome): string {
  return planTitle(outcome.plan)
}

export function pullRequestBody(outcome: MoveOutcome, manifestName: string, runUrl?: string): string {
  const parts = [
    `This pull request changes \`${manifestName}\`:`,
    markdownTable(['Model', 'Version', 'Transition', 'Why'], transitionRows(outcome.plan.transitions)),
    outcomeSentence(outcome.admission),
    gatesMarkdown(outcome.admission?.gates ?? []),
    overrideMarkdown(outcome.admission?.override),
    outputTailBlock(validationResult(outcome.admission)),
    runUrl
      ? `Proposed by [this workflow run](${runUrl}). Merging it makes the change; closing it drops it.`
      : '',
    '<sub>Opened by model-stages. A new run for this model updates this pull request in place.</sub>'
  ]
  return parts.filter(Boolean).join('\n\n')
}

/** The one pull request of an evaluation's gathered results: every promotion, and the results that were refused. */
export function gatheredPullRequestBody(
  admitted: readonly MoveOutcome[],
  refused: ReadonlyArray<{ files: string[]; model?: string; reason: string }>,
  manifestName: string,
  runUrl?: string
): string {
  const parts = [
    `This pull request changes \`${manifestName}\` with every promotion of one evaluation, validated by its matrix jobs:`,
    markdownTable(
      ['Model', 'Version', 'Transition', 'Why'],
      transitionRows(admitted.flatMap(outcome => outcome.plan.transitions))
    ),
    ...admitted.flatMap(outcome => [
      `**${outcome.plan.model} \`${outcome.plan.version}\`**: ${outcomeSentence(outcome.admission)}`,
      gatesMarkdown(outcome.admission?.gates ?? [])
    ]),
    refused.length > 0
      ? `Results not taken (those models stay where they are):\n\n${refused
          .map(entry => `- ${entry.files.map(file => `\`${file}\``).join(', ')}: ${entry.reason}`)
          .join('\n')}`
      : '',
    runUrl
      ? `Proposed by [this workflow run](${runUrl}). Merging it makes the change; closing it drops it.`
      : '',
    '<sub>Opened by model-stages. The next gathered evaluation updates this pull request in place.</sub>'
  ]
  return parts.filter(Boolean).join('\n\n')
}
