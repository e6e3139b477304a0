import * as core from '@actions/core'
import { registerSecret } from '../adapters/secrets.js'
import { STAGES, type Stage } from '../manifest/schema.js'
import { InputError } from '../stages/errors.js'
import { assertModelName, assertVersionString } from '../stages/plan.js'

export const COMMANDS = [
  'register',
  'promote',
  'evaluate',
  'archive',
  'restore',
  'rollback',
  'check',
  'show',
  'history'
] as const
export type ActionCommand = (typeof COMMANDS)[number]

export const MODES = ['pull-request', 'commit', 'dry-run'] as const
export type Mode = (typeof MODES)[number]

export interface ActionInputs {
  command: ActionCommand
  manifest: string
  model?: string
  version?: string
  to: Stage
  uri?: string
  validate?: string
  validationTimeout?: number
  mode: Mode
  base?: string
  token: string
}

/** The commands that act on one named model. */
const NEEDS_MODEL: readonly ActionCommand[] = [
  'register',
  'promote',
  'archive',
  'restore',
  'rollback',
  'show'
]
const NEEDS_VERSION: readonly ActionCommand[] = ['register', 'archive', 'restore']

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim()
  return value === '' ? undefined : value
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input ${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`)
  }
  return value as T
}

/** Reads and checks every input; the defaults are action.yml's, filled in by the runner. */
export function readInputs(): ActionInputs {
  // First, so that no message about another input can ever carry the token unmasked.
  const token = core.getInput('token')
  if (token) {
    core.setSecret(token)
    registerSecret(token)
  }
  const command = oneOf('command', core.getInput('command', { required: true }).trim(), COMMANDS)
  const model = optional('model')
  const version = optional('version')
  if (model !== undefined) assertModelName(model)
  if (version !== undefined) assertVersionString(version)
  if (NEEDS_MODEL.includes(command) && model === undefined)
    throw new InputError(`command ${command} needs the model input`)
  if (NEEDS_VERSION.includes(command) && version === undefined) {
    throw new InputError(`command ${command} needs the version input`)
  }
  const timeout = optional('validation-timeout')
  const validationTimeout = timeout === undefined ? undefined : Number(timeout)
  if (validationTimeout !== undefined && (!Number.isFinite(validationTimeout) || validationTimeout <= 0)) {
    throw new InputError(
      `input validation-timeout must be a number of seconds greater than 0; got ${JSON.stringify(timeout)}`
    )
  }
  return {
    command,
    manifest: core.getInput('manifest', { required: true }).trim(),
    model,
    version,
    to: oneOf('to', core.getInput('to', { required: true }).trim(), STAGES),
    uri: optional('uri'),
    validate: optional('validate'),
    validationTimeout,
    mode: oneOf('mode', core.getInput('mode', { required: true }).trim(), MODES),
    base: optional('base'),
    token
  }
}
