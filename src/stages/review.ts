import { illegalMoveMessage, legalOperation, type Operation } from './rules.js'
import type { StageChange } from './states.js'

export interface ReviewedChange extends StageChange {
  operation?: Operation
  /** Why the change is refused; undefined when it is legal. */
  refusal?: string
  /** The version enters production: it must pass validation. */
  needsValidation: boolean
}

/**
 * Judges every change between two states of a manifest by the lifecycle rules. A rollback is legal only
 * for a version that was in production before, when the history is known (`formerProduction`).
 */
export function reviewChanges(
  changes: readonly StageChange[],
  formerProduction: (model: string) => readonly string[] | undefined
): ReviewedChange[] {
  return changes.map(change => {
    const operation = legalOperation(change.from, change.to)
    if (!operation) {
      return { ...change, refusal: illegalMoveMessage(change.from, change.to), needsValidation: false }
    }
    if (operation === 'rollback') {
      const former = formerProduction(change.model)
      if (former && !former.includes(change.version)) {
        return {
          ...change,
          operation,
          refusal: `archived → production is a rollback, and ${change.version} was never in production: restore it to staging and promote it instead`,
          needsValidation: false
        }
      }
    }
    return { ...change, operation, needsValidation: change.to === 'production' }
  })
}
