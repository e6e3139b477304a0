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
