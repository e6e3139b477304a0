import type { Manifest, Stage } from '../manifest/schema.js'
import { closestWord } from '../manifest/closest-word.js'
import { InputError } from '../stages/errors.js'
import { pipelineOf, stageNames } from '../stages/pipeline.js'
import {
  planArchive,
  planBlock,
  planPromote,
  planRegister,
  planRestore,
  planRollback,
  planUnblock,
  type Plan,
  type PlanOperation,
  type RollbackHistory
} from '../stages/plan.js'
import type { EnterRequest, MoveRequest } from './request.js'

export const MOVE_COMMANDS = [
  'register',
  'promote',
  'archive',
  'restore',
  'rollback',
  'block',
  'unblock'
] as const satisfies readonly PlanOperation[]
export type MoveCommand = (typeof MOVE_COMMANDS)[number]

export interface MoveArgs {
  model: string
  version?: string
  /** promote and rollback: the target stage (default: the next stage, or the last one). */
  to?: Stage
  /** How the front door names `to` in messages ("--to", "input to"). */
  toName?: string
  uri?: string
  /** register: the artifact's digest, given or taken. */
  digest?: string
  description?: string
  /** register only: recorded with the new version. */
  metrics?: Record<string, number>
  metadata?: Record<string, unknown>
  /** block: why the version is blocked. */
  reason?: string
  /** block: a version that serves a stage is archived and the one before it brought back. */
  rollback?: boolean
}

/** A version entering a stage on its validation: promote and rollback, which validate and may be forced. */
export function isEnter(request: MoveRequest): request is EnterRequest {
  return request.command === 'promote' || request.command === 'rollback'
}

/** The requests whose guards (a freeze, soak, metric gates) force with a reason may override. */
export function overrideOf(request: MoveRequest): string | undefined {
  return isEnter(request) || request.command === 'block' ? request.force : undefined
}

/** What a move request asks the plan for. */
export function moveArgs(request: MoveRequest): MoveArgs {
  switch (request.command) {
    case 'register':
      return {
        model: request.model,
        version: request.version,
        uri: request.uri,
        digest: request.digest,
        description: request.description,
        metrics: request.metrics,
        metadata: request.metadata
      }
    case 'promote':
    case 'rollback':
      return { model: request.model, version: request.version, to: request.to }
    case 'archive':
    case 'restore':
    case 'unblock':
      return { model: request.model, version: request.version }
    case 'block':
      return {
        model: request.model,
        version: request.version,
        reason: request.reason,
        ...(request.rollback ? { rollback: true } : {})
      }
  }
}

function required(command: MoveCommand, args: MoveArgs): string {
  if (!args.version) throw new InputError(`${command} needs a version`)
  return args.version
}

/** The target stage, when one was named: one of the manifest's stages, or a clear error with the closest one. */
function targetStage(data: Manifest, args: MoveArgs): Stage | undefined {
  if (args.to === undefined) return undefined
  const names = stageNames(pipelineOf(data))
  if (names.includes(args.to)) return args.to
  const guess = closestWord(args.to, names)
  throw new InputError(
    `${args.toName ?? 'to'} takes one of ${names.join(', ')}, not ${JSON.stringify(args.to)}${guess ? `: did you mean ${guess}?` : ''}`
  )
}

export function planMove(
  command: MoveCommand,
  data: Manifest,
  args: MoveArgs,
  history?: RollbackHistory
): Plan {
  const to = command === 'promote' || command === 'rollback' ? targetStage(data, args) : undefined
  switch (command) {
    case 'register':
      return planRegister(data, args.model, required(command, args), {
        uri: args.uri,
        digest: args.digest,
        description: args.description,
        metrics: args.metrics,
        metadata: args.metadata
      })
    case 'promote':
      return planPromote(data, args.model, args.version, to)
    case 'archive':
      return planArchive(data, args.model, required(command, args))
    case 'restore':
      return planRestore(data, args.model, required(command, args))
    case 'rollback':
      return planRollback(data, args.model, args.version, history, to)
    case 'block':
      if (!args.reason)
        throw new InputError('block needs a reason: say why this version must not serve again')
      return planBlock(data, args.model, required(command, args), args.reason, {
        rollback: args.rollback,
        history
      })
    case 'unblock':
      return planUnblock(data, args.model, required(command, args))
  }
}
