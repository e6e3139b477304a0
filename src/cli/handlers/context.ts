import {
  COMMAND_SUBJECTS,
  type Command,
  type FieldNames,
  type RawRequest,
  type Request
} from '../../commands/request.js'
import type { Workspace } from '../../commands/workspace.js'
import type { OptionValues } from '../arguments.js'
import type { CliIo } from '../output.js'

/** What a CLI command gets: its checked request, the options that are the CLI's own, the workspace, and where to print. */
export interface CliContext<R extends Request = Request> {
  request: R
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
  reason: '--reason',
  from: '--from',
  at: '--at',
  base: '--base',
  uri: '--uri',
  digest: '--digest',
  description: '--description',
  validate: '--validate',
  declare: '--model',
  plan: '--plan',
  results: '--results',
  jobs: '--jobs',
  shard: '--shard',
  result: '--result',
  stages: '--stage',
  rollback: '--rollback',
  out: '--out',
  repoUrl: '--repo-url'
}

/** The request as the command line gives it: MODEL and VERSION where the command takes them, and its options. */
export function rawRequest(
  command: Command,
  positionals: readonly string[],
  values: OptionValues
): RawRequest {
  const subjects = COMMAND_SUBJECTS[command]
  const text = (name: string) => stringOption(values, name)
  const raw: RawRequest = {
    command,
    model: subjects.model === 'none' ? undefined : positionals[0],
    version: subjects.version === 'none' ? undefined : positionals[1],
    to: text('to'),
    from: text('from'),
    at: text('at'),
    base: text('base'),
    uri: text('uri'),
    digest: text('digest'),
    description: text('description'),
    validate: text('validate'),
    validationTimeout: text('validation-timeout'),
    metrics: listOption(values, 'metric'),
    metadata: listOption(values, 'meta'),
    force: values.force === true,
    reason: text('reason'),
    rollback: values.rollback === true,
    declare: command === 'init' ? text('model') : undefined,
    plan: values.plan === true,
    results: text('results'),
    jobs: text('jobs'),
    shard: text('shard'),
    result: text('result'),
    stages: listOption(values, 'stage'),
    out: text('out'),
    repoUrl: text('repo-url')
  }
  return raw
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

export function listOption(values: OptionValues, name: string): string[] | undefined {
  const value = values[name]
  return Array.isArray(value) ? value : undefined
}
