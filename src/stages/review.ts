import type { Problem } from '../manifest/problems.js'
import type { AdmissionVerdict } from './admission.js'
import type { StageChange } from './states.js'

/** A stage change between the base and the head, and the admission's verdict on it. */
export interface ReviewedChange extends StageChange {
  verdict: AdmissionVerdict
}

/** An override trailer found on a commit under review. */
export interface OverrideTrailer {
  commit: string
  reason: string
}

/** The review of a manifest's changes: what every report of it (comment, summary, CLI text, JSON) renders. */
export interface Review {
  manifestName: string
  /** False when neither side has the manifest or both sides are the same: nothing to review. */
  touched: boolean
  /** The change adds the manifest: its stages are the starting point, not moves. */
  initial?: boolean
  headText?: string
  problems: Problem[]
  changes: ReviewedChange[]
  /** The override trailers of the commits under review: audited overrides of soak and gates. */
  overrides: OverrideTrailer[]
}

/** The review passes when the manifest has no problem and every change is admitted. */
export function reviewPassed(review: Pick<Review, 'problems' | 'changes'>): boolean {
  return review.problems.length === 0 && review.changes.every(change => change.verdict.admitted)
}
