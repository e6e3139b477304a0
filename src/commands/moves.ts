import type { Manifest, Stage } from '../manifest/schema.js'
import { InputError } from '../stages/errors.js'
import {
  planArchive,
  planPromote,
  planRegister,
  planRestore,
  planRollback,
  type Plan,
  type RollbackHistory
} from '../stages/plan.js'
import type { Operation } from '../stages/rules.js'

export const MOVE_COMMANDS = [
  'register',
  'promote',
  'archive',
  'restore',
  'rollback'
] as const satisfies readonly Operation[]
export type MoveCommand = (typeof MOVE_COMMANDS)[number]

export interface MoveArgs {
  model: string
  version?: string
  /** promote only: the target stage (default production). */
  to?: Stage
  uri?: string
  description?: string
  /** register only: recorded with the new version. */
  metrics?: Record<string, number>
  metadata?: Record<string, unknown>
}

export function isMoveCommand(command: string): command is MoveCommand {
  return (MOVE_COMMANDS as readonly string[]).includes(command)
}

function required(command: MoveCommand, args: MoveArgs): string {
  if (!args.version) throw new InputError(`${command} needs a version`)
  return args.version
}

export function planMove(
  command: MoveCommand,
  data: Manifest,
  args: MoveArgs,
  history?: RollbackHistory
): Plan {
  switch (command) {
    case 'register':
      return planRegister(data, args.model, required(command, args), {
        uri: args.uri,
        description: args.description,
        metrics: args.metrics,
        metadata: args.metadata
      })
    case 'promote':
      return planPromote(data, args.model, args.version, args.to)
    case 'archive':
      return planArchive(data, args.model, required(command, args))
    case 'restore':
      return planRestore(data, args.model, required(command, args))
    case 'rollback':
      return planRollback(data, args.model, args.version, history)
  }
}
