import { DEFAULT_PIPELINE, type Pipeline } from './pipeline.js'
import { illegalMoveMessage, legalOperation, type Operation } from './rules.js'
import type { StageChange } from './states.js'

export interface ReviewedChange extends StageChange {
  operation?: Operation
  /** Why the change is refused; undefined when it is legal. */
  refusal?: string
  /** The version is promoted or rolled back into a stage: it must pass that stage's validation. */
  needsValidation: boolean
}

/**
 * Judges every change between two states of a manifest by the pipeline's rules. A rollback is legal only for a
 * version that was in its target stage before, when the history is known (`formerIn`).
 */
export function reviewChanges(
  changes: readonly StageChange[],
  formerIn: (model: string, stage: string) => readonly string[] | undefined,
  pipeline: Pipeline = DEFAULT_PIPELINE
): ReviewedChange[] {
  return changes.map(change => {
    const operation = legalOperation(change.from, change.to, pipeline)
    if (!operation) {
      return {
        ...change,
        refusal: illegalMoveMessage(change.from, change.to, pipeline),
        needsValidation: false
      }
    }
    if (operation === 'rollback' && change.to !== null) {
      const former = formerIn(change.model, change.to)
      if (former && !former.includes(change.version)) {
        return {
          ...change,
          operation,
          refusal: `${change.from} → ${change.to} is a rollback, and ${change.version} was never in ${change.to}: restore it to ${pipeline.stages[0]?.name} and promote it instead`,
          needsValidation: false
        }
      }
    }
    return { ...change, operation, needsValidation: operation === 'promote' || operation === 'rollback' }
  })
}
