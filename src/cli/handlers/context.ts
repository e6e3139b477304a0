import type { Command, FieldNames } from '../../commands/request.js'
import type { Workspace } from '../../commands/workspace.js'
import type { OptionValues } from '../arguments.js'
import type { CliIo } from '../output.js'

/** What a CLI command gets: its arguments, the workspace, and where to print. */
export interface CliContext {
  command: Command
  positionals: string[]
  values: OptionValues
  json: boolean
  io: CliIo
  workspace: Workspace
}

/** How the CLI names a request's fields in messages. */
export const CLI_NAMES: FieldNames = {
  model: 'MODEL',
  version: 'VERSION',
  to: '--to',
  validationTimeout: '--validation-timeout',
  metrics: '--metric',
  metadata: '--meta',
  force: '--force',
  reason: '--reason'
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

export function listOption(values: OptionValues, name: string): string[] | undefined {
  const value = values[name]
  return Array.isArray(value) ? value : undefined
}
