import type { MoveOutcome } from '../commands/execute-move.js'
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
    outcomeSentence(outcome.validation, outcome.failure),
    gatesMarkdown(outcome.gates),
    overrideMarkdown(outcome.override),
    outputTailBlock(outcome.validation),
    runUrl
      ? `Proposed by [this workflow run](${runUrl}). Merging it makes the change; closing it drops it.`
      : '',
    '<sub>Opened by model-stages. A new run for this model updates this pull request in place.</sub>'
  ]
  return parts.filter(Boolean).join('\n\n')
}
