import { closestWord } from '../manifest/closest-word.js'
import {
  assertModelName,
  assertVersionString,
  METRIC_NAME_PATTERN,
  METRIC_NAME_RULE,
  STAGE_NAME_PATTERN,
  STAGES,
  type Stage
} from '../manifest/names.js'
import { InputError } from '../stages/errors.js'
import { quoted } from '../reporting/quote.js'

/** Every command of both front doors (init and status are the CLI's alone). */
export const COMMANDS = [
  'init',
  'register',
  'promote',
  'evaluate',
  'archive',
  'restore',
  'rollback',
  'check',
  'show',
  'status',
  'lint',
  'history',
  'changes'
] as const
export type Command = (typeof COMMANDS)[number]

type Need = 'required' | 'optional' | 'none'

/** Which commands take a model and a version: the rule both doors check, written once. */
export const COMMAND_SUBJECTS: Record<Command, { model: Need; version: Need }> = {
  init: { model: 'none', version: 'none' },
  register: { model: 'required', version: 'required' },
  promote: { model: 'required', version: 'optional' },
  evaluate: { model: 'optional', version: 'none' },
  archive: { model: 'required', version: 'required' },
  restore: { model: 'required', version: 'required' },
  rollback: { model: 'required', version: 'optional' },
  check: { model: 'none', version: 'none' },
  show: { model: 'required', version: 'optional' },
  status: { model: 'none', version: 'none' },
  lint: { model: 'none', version: 'none' },
  history: { model: 'optional', version: 'none' },
  changes: { model: 'optional', version: 'none' }
}

/** What a front door read from its user, as text; `checkRequest` turns it into a request or says what is wrong. */
export interface RawRequest {
  command: Command
  model?: string
  version?: string
  to?: string
  validationTimeout?: string
  /** `NAME=NUMBER` pairs or a JSON object of numbers. */
  metrics?: readonly string[] | string
  /** `KEY=VALUE` pairs or a JSON object. */
  metadata?: readonly string[] | string
  force?: boolean
  reason?: string
}

export interface CheckedRequest {
  command: Command
  model?: string
  version?: string
  to?: Stage
  validationTimeout?: number
  metrics?: Record<string, number>
  metadata?: Record<string, unknown>
  /** force: the reason given for overriding soak and the metric gates. */
  force?: string
}

/** How a door names a field in its messages: "the model input" or "MODEL". */
export type FieldNames = Record<
  'model' | 'version' | 'to' | 'validationTimeout' | 'metrics' | 'metadata' | 'force' | 'reason',
  string
>

export function checkRequest(raw: RawRequest, names: FieldNames): CheckedRequest {
  const subjects = COMMAND_SUBJECTS[raw.command]
  for (const field of ['model', 'version'] as const) {
    const value = raw[field]
    if (subjects[field] === 'required' && value === undefined)
      throw new InputError(`${raw.command} needs ${names[field]}`)
    if (subjects[field] === 'none' && value !== undefined)
      throw new InputError(`${raw.command} takes no ${names[field]}`)
  }
  if (raw.model !== undefined) assertModelName(raw.model)
  if (raw.version !== undefined) assertVersionString(raw.version)
  return {
    command: raw.command,
    model: raw.model,
    version: raw.version,
    to: raw.to === undefined ? undefined : parseStage(raw.to, names.to),
    validationTimeout:
      raw.validationTimeout === undefined
        ? undefined
        : parseSeconds(raw.validationTimeout, names.validationTimeout),
    metrics: raw.metrics === undefined ? undefined : parseMetrics(raw.metrics, names.metrics),
    metadata: raw.metadata === undefined ? undefined : parseMetadata(raw.metadata, names.metadata),
    force: overrideReason(raw, names)
  }
}

/** The commands whose guards (soak, metric gates) force may override. */
const OVERRIDABLE: readonly Command[] = ['promote', 'rollback']

/** force needs a reason, on one line (it becomes a commit trailer); a reason without force is a mistake too. */
function overrideReason(raw: RawRequest, names: FieldNames): string | undefined {
  const reason = raw.reason?.trim()
  if (!raw.force) {
    if (raw.reason !== undefined)
      throw new InputError(
        `${names.reason} is recorded only with ${names.force}: add ${names.force}, or leave it out`
      )
    return undefined
  }
  if (!OVERRIDABLE.includes(raw.command))
    throw new InputError(
      `${names.force} overrides soak and metric gates: it applies to ${OVERRIDABLE.join(' and ')}, not ${raw.command}`
    )
  if (!reason)
    throw new InputError(
      `${names.force} needs ${names.reason}: say why the override is needed; the commit records it for audit`
    )
  if (/[\r\n]/.test(reason))
    throw new InputError(`${names.reason} must be one line: it becomes a commit trailer`)
  return reason
}

/** A stage name as written; whether the manifest has that stage is for the move to say, with the manifest at hand. */
export function parseStage(value: string, name: string): Stage {
  if (STAGE_NAME_PATTERN.test(value)) return value
  const guess = closestWord(value, STAGES)
  throw new InputError(
    `${name} takes a stage name (${STAGES.join(', ')} or one the manifest declares), not ${JSON.stringify(value)}${guess ? `: did you mean ${guess}?` : ''}`
  )
}

export function parseSeconds(value: string, name: string): number {
  const seconds = Number(value)
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0)
    throw new InputError(`${name} takes a number of seconds greater than 0, not ${JSON.stringify(value)}`)
  return seconds
}

const KEY = /^[A-Za-z0-9_.-]{1,64}$/

function pairs(value: readonly string[] | string, name: string, form: string): Record<string, unknown> {
  if (typeof value === 'string') {
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch {
      throw new InputError(`${name} must be a JSON object (${form}); got ${JSON.stringify(value)}`)
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new InputError(`${name} must be a JSON object (${form}); got ${JSON.stringify(value)}`)
    return parsed as Record<string, unknown>
  }
  const result: Record<string, unknown> = {}
  for (const pair of value) {
    const equals = pair.indexOf('=')
    if (equals <= 0) throw new InputError(`${name} takes ${form}, not ${JSON.stringify(pair)}`)
    result[pair.slice(0, equals)] = pair.slice(equals + 1)
  }
  return result
}

export function parseMetrics(value: readonly string[] | string, name: string): Record<string, number> {
  const metrics: Record<string, number> = {}
  for (const [key, raw] of Object.entries(pairs(value, name, 'NAME=NUMBER'))) {
    if (!METRIC_NAME_PATTERN.test(key))
      throw new InputError(`${name}: ${quoted(key)} is not a metric name (${METRIC_NAME_RULE})`)
    const number = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : NaN
    if (!Number.isFinite(number))
      throw new InputError(`${name}: metric ${key} must be a number, not ${JSON.stringify(raw)}`)
    metrics[key] = number
  }
  return metrics
}

export function parseMetadata(value: readonly string[] | string, name: string): Record<string, unknown> {
  const metadata = pairs(value, name, 'KEY=VALUE')
  for (const key of Object.keys(metadata))
    if (!KEY.test(key)) throw new InputError(`${name}: key ${JSON.stringify(key)} is not valid`)
  return metadata
}
