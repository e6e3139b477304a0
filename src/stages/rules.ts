import type { Stage } from '../manifest/schema.js'

export type Operation = 'register' | 'promote' | 'archive' | 'restore' | 'rollback'

/** `null` stands for "not in the manifest": before register, or after a version was deleted by hand. */
export type StageOrAbsent = Stage | null

/** Every legal move and the operation that makes it. Anything not listed is refused. */
export const LEGAL_MOVES: ReadonlyArray<{ from: StageOrAbsent; to: Stage; operation: Operation }> = [
  { from: null, to: 'staging', operation: 'register' },
  { from: 'staging', to: 'production', operation: 'promote' },
  { from: 'staging', to: 'archived', operation: 'archive' },
  { from: 'production', to: 'archived', operation: 'archive' },
  { from: 'archived', to: 'staging', operation: 'restore' },
  { from: 'archived', to: 'production', operation: 'rollback' }
]

export function stageName(stage: StageOrAbsent): string {
  return stage ?? 'unregistered'
}

export function legalOperation(from: StageOrAbsent, to: StageOrAbsent): Operation | undefined {
  return LEGAL_MOVES.find(move => move.from === from && move.to === to)?.operation
}

function legalMovesFrom(from: StageOrAbsent): string {
  const moves = LEGAL_MOVES.filter(move => move.from === from)
  if (moves.length === 0) return 'none'
  return moves.map(move => `${move.operation} (→ ${move.to})`).join(', ')
}

/** "production → staging is not allowed; from production the legal moves are: archive (→ archived)" */
export function illegalMoveMessage(from: StageOrAbsent, to: StageOrAbsent): string {
  const target = to === null ? 'removed' : to
  const removal = to === null ? ' (versions are archived, never deleted: git history is the archive)' : ''
  return `${stageName(from)} → ${target} is not allowed${removal}; from ${stageName(from)} the legal moves are: ${legalMovesFrom(from)}`
}
