import type { Plan } from '../../src/stages/plan.js'
import { InputError, RefusedError } from '../../src/stages/errors.js'

export type Expected = 'moves' | 'no-op' | 'refused' | 'unknown'

export interface MoveOutcome {
  kind: Expected
  plan?: Plan
  message?: string
}

/** What asking for a move gives a user: a plan that moves or changes nothing, a refusal, or an unknown version. */
export function outcomeOf(plan: () => Plan): MoveOutcome {
  try {
    const made = plan()
    return { kind: made.transitions.length === 0 ? 'no-op' : 'moves', plan: made }
  } catch (error) {
    if (error instanceof RefusedError) return { kind: 'refused', message: error.message }
    if (error instanceof InputError) return { kind: 'unknown', message: error.message }
    throw error
  }
}
