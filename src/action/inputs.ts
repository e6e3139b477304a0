import * as core from '@actions/core'
import { registerSecret } from '../adapters/secrets.js'
import {
  checkRequest,
  COMMAND_SUBJECTS,
  COMMANDS,
  type Command,
  type FieldNames,
  type RawRequest,
  type RequestFor
} from '../commands/request.js'
import { closestWord } from '../manifest/closest-word.js'
import { InputError } from '../stages/errors.js'

/** The commands that work on a local checkout only: writing a first manifest, and reading it at a glance. */
const CLI_ONLY = ['init', 'status', 'lint'] as const
export type ActionCommand = Exclude<Command, (typeof CLI_ONLY)[number]>
export const ACTION_COMMANDS = COMMANDS.filter(
  (command): command is ActionCommand => !(CLI_ONLY as readonly string[]).includes(command)
)

export const MODES = ['pull-request', 'commit', 'dry-run'] as const
export type Mode = (typeof MODES)[number]

/** A request the action runs. */
export type ActionRequest = RequestFor<ActionCommand>

/** The checked request, and the settings that are the action's own: where the manifest is, how to publish. */
export interface ActionInputs<R extends ActionRequest = ActionRequest> {
  request: R
  manifest: string
  mode: Mode
  /** The branch changes are proposed to or pushed on (default: the repository's default branch). */
  base?: string
  token: string
}

/** How the action names a request's fields in messages. */
const INPUT_NAMES: FieldNames = {
  model: 'the model input',
  version: 'the version input',
  to: 'input to',
  validationTimeout: 'input validation-timeout',
  metrics: 'input metrics',
  metadata: 'input metadata',
  force: 'input force',
  reason: 'input reason',
  uri: 'input uri',
  digest: 'input digest',
  validate: 'input validate',
  // The action reads these from the run (the event's revisions), never from an input.
  from: 'the older revision',
  at: 'the revision',
  base: 'the base revision',
  description: 'the description',
  declare: 'the model to declare',
  plan: 'input plan',
  results: 'input results',
  jobs: 'the number of validations at once',
  shard: 'input shard',
  result: 'input result',
  stages: 'input stages',
  rollback: 'input rollback',
  out: 'input out',
  repoUrl: 'the repository (GITHUB_SERVER_URL and GITHUB_REPOSITORY)'
}

function optional(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

/** An input the workflow must give (action.yml's default counts), said in the action's own words when it is empty. */
function required(name: string): string {
  const value = core.getInput(name)
  if (value === '') throw new InputError(`input ${name} is required and was not given`)
  return value
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    const guess = closestWord(value, allowed)
    throw new InputError(
      `input ${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}${guess ? ` (did you mean ${guess}?)` : ''}`
    )
  }
  return value as T
}

function booleanInput(name: string): boolean {
  const value = core.getInput(name).toLowerCase()
  if (value === '' || value === 'false') return false
  if (value === 'true') return true
  throw new InputError(`input ${name} must be true or false; got ${JSON.stringify(value)}`)
}

/** Reads and checks every input; the defaults are action.yml's, filled in by the runner. */
export function readInputs(): ActionInputs {
  // First, so that no message about another input can ever carry the token unmasked.
  const token = core.getInput('token')
  if (token) {
    core.setSecret(token)
    registerSecret(token)
  }
  const command = oneOf('command', required('command'), ACTION_COMMANDS)
  const subjects = COMMAND_SUBJECTS[command]
  const given = (name: 'model' | 'version') => {
    const value = optional(name)
    if (value !== undefined && subjects[name] === 'none') {
      core.warning(`input ${name} is ignored: ${command} does not take it`)
      return undefined
    }
    return value
  }
  const raw: RawRequest = {
    command,
    model: given('model'),
    version: given('version'),
    to: optional('to'),
    uri: optional('uri'),
    digest: optional('digest'),
    metrics: optional('metrics'),
    metadata: optional('metadata'),
    validate: optional('validate'),
    validationTimeout: optional('validation-timeout'),
    force: booleanInput('force'),
    reason: optional('reason'),
    rollback: booleanInput('rollback'),
    plan: booleanInput('plan'),
    results: optional('results'),
    shard: optional('shard'),
    result: optional('result'),
    stages: optional('stages'),
    out: optional('out')
  }
  return {
    request: checkRequest(raw, INPUT_NAMES) as ActionRequest,
    manifest: required('manifest'),
    mode: oneOf('mode', required('mode'), MODES),
    base: optional('base'),
    token
  }
}
