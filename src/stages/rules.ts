import { ARCHIVED } from '../manifest/names.js'
import type { Stage } from '../manifest/schema.js'
import { DEFAULT_PIPELINE, isGuard, type Pipeline } from './pipeline.js'

export type Operation = 'register' | 'promote' | 'archive' | 'restore' | 'rollback'

/** `null` stands for "not in the manifest": before register, or after a version was deleted by hand. */
export type StageOrAbsent = Stage | null

export interface LegalMove {
  from: StageOrAbsent
  to: Stage
  operation: Operation
}

/**
 * Every legal move of a pipeline and the operation that makes it; anything not listed is refused. register enters
 * the first stage; promote goes forward, past a stage only when it holds no guard of its own; any stage can be
 * archived; restore brings an archived version back to the first stage; rollback returns it to an exclusive stage.
 */
function movesOf(pipeline: Pipeline): LegalMove[] {
  const stages = pipeline.stages
  const first = stages[0]?.name ?? ''
  const moves: LegalMove[] = [{ from: null, to: first, operation: 'register' }]
  stages.forEach((stage, index) => {
    for (let target = index + 1; target < stages.length; target++) {
      moves.push({ from: stage.name, to: stages[target]?.name ?? '', operation: 'promote' })
      const passed = stages[target]
      if (passed && isGuard(passed)) break
    }
    moves.push({ from: stage.name, to: ARCHIVED, operation: 'archive' })
  })
  moves.push({ from: ARCHIVED, to: first, operation: 'restore' })
  for (const stage of stages)
    if (stage.exclusive) moves.push({ from: ARCHIVED, to: stage.name, operation: 'rollback' })
  return moves
}

const cache = new WeakMap<Pipeline, LegalMove[]>()

export function legalMoves(pipeline: Pipeline = DEFAULT_PIPELINE): readonly LegalMove[] {
  let moves = cache.get(pipeline)
  if (!moves) {
    moves = movesOf(pipeline)
    cache.set(pipeline, moves)
  }
  return moves
}

/** The legal moves of a manifest without `stages:`. */
export const LEGAL_MOVES: ReadonlyArray<LegalMove> = legalMoves(DEFAULT_PIPELINE)

export function stageName(stage: StageOrAbsent): string {
  return stage ?? 'unregistered'
}

/** "staging → production": the one spelling of a move between stages ("removed" for a version deleted by hand). */
export function stageMove(from: StageOrAbsent, to: StageOrAbsent, arrow = '→'): string {
  return `${stageName(from)} ${arrow} ${to ?? 'removed'}`
}

export function legalOperation(
  from: StageOrAbsent,
  to: StageOrAbsent,
  pipeline: Pipeline = DEFAULT_PIPELINE
): Operation | undefined {
  return legalMoves(pipeline).find(move => move.from === from && move.to === to)?.operation
}

function legalMovesFrom(from: StageOrAbsent, pipeline: Pipeline): string {
  const moves = legalMoves(pipeline).filter(move => move.from === from)
  if (moves.length === 0) return 'none'
  return moves.map(move => `${move.operation} (→ ${move.to})`).join(', ')
}

/** "production → staging is not allowed; from production the legal moves are: archive (→ archived)" */
export function illegalMoveMessage(
  from: StageOrAbsent,
  to: StageOrAbsent,
  pipeline: Pipeline = DEFAULT_PIPELINE
): string {
  const removal = to === null ? ' (versions are archived, never deleted: git history is the archive)' : ''
  return `${stageMove(from, to)} is not allowed${removal}; from ${stageName(from)} the legal moves are: ${legalMovesFrom(from, pipeline)}`
}
