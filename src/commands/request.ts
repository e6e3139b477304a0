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
import { DIGEST_PATTERN } from '../manifest/schema.js'
import { InputError } from '../stages/errors.js'
import { quoted } from '../reporting/quote.js'

/** Every command of both front doors (init and status are the CLI's alone). */
export const COMMANDS = [
  'init',
  'register',
  'promote',
  'evaluate',
  'validate',
  'verify',
  'monitor',
  'archive',
  'restore',
  'rollback',
  'block',
  'unblock',
  'check',
  'show',
  'status',
  'lint',
  'history',
  'changes',
  'site'
] as const
export type Command = (typeof COMMANDS)[number]

type Need = 'required' | 'optional' | 'none'

/** Which commands take a model and a version: the rule both doors check, written once. */
export const COMMAND_SUBJECTS: Record<Command, { model: Need; version: Need }> = {
  init: { model: 'none', version: 'none' },
  register: { model: 'required', version: 'required' },
  promote: { model: 'required', version: 'optional' },
  evaluate: { model: 'optional', version: 'none' },
  validate: { model: 'required', version: 'optional' },
  verify: { model: 'optional', version: 'none' },
  monitor: { model: 'optional', version: 'none' },
  archive: { model: 'required', version: 'required' },
  restore: { model: 'required', version: 'required' },
  rollback: { model: 'required', version: 'optional' },
  block: { model: 'required', version: 'required' },
  unblock: { model: 'required', version: 'required' },
  check: { model: 'none', version: 'none' },
  show: { model: 'required', version: 'optional' },
  status: { model: 'none', version: 'none' },
  lint: { model: 'none', version: 'none' },
  history: { model: 'optional', version: 'none' },
  changes: { model: 'optional', version: 'none' },
  site: { model: 'none', version: 'none' }
}

/** The usage of a command's positionals, from COMMAND_SUBJECTS: `MODEL [VERSION]`. */
export function positionalsOf(command: Command): string[] {
  const subjects = COMMAND_SUBJECTS[command]
  return (['model', 'version'] as const).flatMap(field =>
    subjects[field] === 'none'
      ? []
      : [subjects[field] === 'required' ? field.toUpperCase() : `[${field.toUpperCase()}]`]
  )
}

/** What a front door read from its user, as text; `checkRequest` turns it into a request or says what is wrong. */
export interface RawRequest {
  command: Command
  model?: string
  version?: string
  /** promote and rollback: the target stage; changes: the newer revision. */
  to?: string
  /** changes: the older revision. */
  from?: string
  /** show: a revision or a date. */
  at?: string
  /** check: the revision to compare with. */
  base?: string
  uri?: string
  /** register: the artifact's digest, sha256:<hex>. */
  digest?: string
  description?: string
  /** A validation command (overriding the manifest's); init: the defaults.validate it writes. */
  validate?: string
  validationTimeout?: string
  /** `NAME=NUMBER` pairs or a JSON object of numbers. */
  metrics?: readonly string[] | string
  /** `KEY=VALUE` pairs or a JSON object. */
  metadata?: readonly string[] | string
  force?: boolean
  /** force: why the override; block: why the version is blocked. */
  reason?: string
  /** block: take a serving version out of its stage and bring back the one before it. */
  rollback?: boolean
  /** init: a first model to declare. */
  declare?: string
  /** evaluate: print the validation matrix instead of validating. */
  plan?: boolean
  /** evaluate: the folder of result files to gather instead of validating. */
  results?: string
  /** evaluate: how many validations run at once. */
  jobs?: string
  /** validate: `I/N`. */
  shard?: string
  /** validate: the result file to write. */
  result?: string
  /** verify: the stages whose versions are checked (a list, or names separated by commas or spaces). */
  stages?: readonly string[] | string
  /** site: the folder the site is written to. */
  out?: string
  /** site: the repository's web address, for links to commits and pull requests. */
  repoUrl?: string
}

type RawField = Exclude<keyof RawRequest, 'command' | 'model' | 'version'>

/** What each command takes besides its model and version: a field given to another command is ignored or refused. */
export const COMMAND_FIELDS: Record<Command, readonly RawField[]> = {
  init: ['declare', 'validate'],
  register: ['uri', 'digest', 'description', 'metrics', 'metadata'],
  promote: ['to', 'force', 'reason', 'validate', 'validationTimeout'],
  evaluate: ['validate', 'validationTimeout', 'plan', 'results', 'jobs'],
  validate: ['to', 'shard', 'result', 'validate', 'validationTimeout'],
  verify: ['stages'],
  monitor: ['validate', 'validationTimeout'],
  archive: [],
  restore: [],
  rollback: ['to', 'force', 'reason', 'validate', 'validationTimeout'],
  block: ['reason', 'rollback', 'force', 'validate', 'validationTimeout'],
  unblock: [],
  check: ['base', 'validate', 'validationTimeout'],
  show: ['at'],
  status: [],
  lint: [],
  history: [],
  changes: ['from', 'to'],
  site: ['out', 'at', 'repoUrl']
}

/** How validation runs: the command that overrides the manifest's, and its time limit. */
export interface ValidationRequest {
  validate?: string
  validationTimeout?: number
}

export interface InitRequest {
  command: 'init'
  declare?: string
  validate?: string
}
export interface RegisterRequest {
  command: 'register'
  model: string
  version: string
  uri?: string
  digest?: string
  description?: string
  metrics?: Record<string, number>
  metadata?: Record<string, unknown>
}
/** A version entering a stage on its validation. */
export interface EnterRequest extends ValidationRequest {
  command: 'promote' | 'rollback'
  model: string
  version?: string
  to?: Stage
  /** force: the reason given for overriding soak and the metric gates. */
  force?: string
}
/** A version blocked (never to serve again), a serving one with a rollback of its stage; or unblocked. */
export interface BlockRequest extends ValidationRequest {
  command: 'block'
  model: string
  version: string
  reason: string
  rollback?: boolean
  /** force: the block's reason also overrides a freeze of the stage rolled back. */
  force?: string
}
export interface UnblockRequest {
  command: 'unblock'
  model: string
  version: string
}
export interface SettleRequest {
  command: 'archive' | 'restore'
  model: string
  version: string
}
export interface EvaluateRequest extends ValidationRequest {
  command: 'evaluate'
  model?: string
  /** Plan the validation matrix; validate nothing. */
  plan?: boolean
  /** Gather the result files below this folder; validate nothing. */
  results?: string
  /** Validations run at once (default 1). */
  jobs?: number
}
/** The digests of what is served (or of the versions in `stages`) taken again and compared. */
export interface VerifyRequest {
  command: 'verify'
  model?: string
  stages?: Stage[]
}
/** What is served, checked again (digest, monitoring command, absolute gate bounds), and acted on as declared. */
export interface MonitorRequest extends ValidationRequest {
  command: 'monitor'
  model?: string
}
/** One candidate (one shard of it) validated, its result written to a file: nothing else. */
export interface ValidateRequest extends ValidationRequest {
  command: 'validate'
  model: string
  version?: string
  to?: Stage
  shard?: { index: number; count: number }
  result: string
}
export interface CheckRequest extends ValidationRequest {
  command: 'check'
  base?: string
}
export interface ShowRequest {
  command: 'show'
  model: string
  version?: string
  at?: string
}
export interface OverviewRequest {
  command: 'status' | 'lint'
}
export interface HistoryRequest {
  command: 'history'
  model?: string
}
/** The registry as a static site: the manifest (now, or at a revision or date) and its history, as pages. */
export interface SiteRequest {
  command: 'site'
  out: string
  at?: string
  repoUrl?: string
}
export interface ChangesRequest {
  command: 'changes'
  model?: string
  from?: string
  to?: string
}

/** One typed request per command: what both front doors fill, checked once by `checkRequest`. */
export type Request =
  | InitRequest
  | RegisterRequest
  | EnterRequest
  | SettleRequest
  | BlockRequest
  | UnblockRequest
  | EvaluateRequest
  | ValidateRequest
  | VerifyRequest
  | MonitorRequest
  | CheckRequest
  | ShowRequest
  | OverviewRequest
  | HistoryRequest
  | ChangesRequest
  | SiteRequest
export type RequestFor<C extends Command> = Extract<Request, { command: C }>
export type MoveRequest = RegisterRequest | EnterRequest | SettleRequest | BlockRequest | UnblockRequest

/** How a door names a field in its messages: "the model input" or "MODEL". */
export type FieldNames = Record<'model' | 'version' | RawField, string>

/** The fields given that `command` does not take: the action warns about them, the CLI cannot be given them. */
export function fieldsNotTaken(raw: RawRequest): RawField[] {
  const taken = COMMAND_FIELDS[raw.command]
  return (Object.keys(raw) as Array<keyof RawRequest>).filter(
    (field): field is RawField =>
      field !== 'command' &&
      field !== 'model' &&
      field !== 'version' &&
      raw[field] !== undefined &&
      raw[field] !== false &&
      !(field === 'reason' && raw.command === 'block') &&
      !taken.includes(field)
  )
}

function subject(raw: RawRequest, field: 'model' | 'version', names: FieldNames): string | undefined {
  const need = COMMAND_SUBJECTS[raw.command][field]
  const value = raw[field]
  if (need === 'required' && value === undefined) throw new InputError(`${raw.command} needs ${names[field]}`)
  if (need === 'none' && value !== undefined) throw new InputError(`${raw.command} takes no ${names[field]}`)
  if (value !== undefined) (field === 'model' ? assertModelName : assertVersionString)(value)
  return value
}

function validationOf(raw: RawRequest, names: FieldNames): ValidationRequest {
  return {
    ...(raw.validate === undefined ? {} : { validate: raw.validate }),
    ...(raw.validationTimeout === undefined
      ? {}
      : { validationTimeout: parseSeconds(raw.validationTimeout, names.validationTimeout) })
  }
}

/** Leaves out the fields a request does not have: `{ a: undefined }` is `{}`. */
function present<T extends object>(request: T): T {
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)) as T
}

/**
 * The one check of what a front door read: the model and version each command needs (and no other), names, the
 * target stage, the timeout, metrics and metadata, and force with its reason. A field the command does not take is
 * not carried over.
 */
export function checkRequest(raw: RawRequest, names: FieldNames): Request {
  const model = subject(raw, 'model', names)
  const version = subject(raw, 'version', names)
  const force = overrideReason(raw, names)
  const command = raw.command
  switch (command) {
    case 'init':
      if (raw.declare !== undefined) assertModelName(raw.declare)
      return present({ command, declare: raw.declare, validate: raw.validate })
    case 'register':
      return present({
        command,
        model: model as string,
        version: version as string,
        uri: raw.uri,
        digest: raw.digest === undefined ? undefined : parseDigest(raw.digest, names.digest),
        description: raw.description,
        metrics: raw.metrics === undefined ? undefined : parseMetrics(raw.metrics, names.metrics),
        metadata: raw.metadata === undefined ? undefined : parseMetadata(raw.metadata, names.metadata)
      })
    case 'promote':
    case 'rollback':
      return present({
        command,
        model: model as string,
        version,
        to: raw.to === undefined ? undefined : parseStage(raw.to, names.to),
        force,
        ...validationOf(raw, names)
      })
    case 'archive':
    case 'restore':
    case 'unblock':
      return { command, model: model as string, version: version as string }
    case 'block': {
      const reason = oneLine(raw.reason, names.reason)
      if (reason === undefined)
        throw new InputError(`block needs ${names.reason}: say why this version must never serve again`)
      return present({
        command,
        model: model as string,
        version: version as string,
        reason,
        rollback: raw.rollback ? true : undefined,
        force: raw.force ? reason : undefined,
        ...validationOf(raw, names)
      })
    }
    case 'evaluate':
      return evaluateRequest(raw, model, names)
    case 'monitor':
      return present({ command, model, ...validationOf(raw, names) })
    case 'verify': {
      const stages =
        raw.stages === undefined
          ? []
          : typeof raw.stages === 'string'
            ? raw.stages.split(/[\s,]+/)
            : raw.stages
      return present({
        command,
        model,
        stages:
          stages.length > 0 ? stages.filter(Boolean).map(stage => parseStage(stage, names.stages)) : undefined
      })
    }
    case 'validate':
      if (raw.result === undefined || raw.result.trim() === '')
        throw new InputError(`validate needs ${names.result}: the file its result is written to`)
      return present({
        command,
        model: model as string,
        version,
        to: raw.to === undefined ? undefined : parseStage(raw.to, names.to),
        shard: raw.shard === undefined ? undefined : parseShard(raw.shard, names.shard),
        result: raw.result,
        ...validationOf(raw, names)
      })
    case 'check':
      return present({ command, base: raw.base, ...validationOf(raw, names) })
    case 'show':
      return present({ command, model: model as string, version, at: raw.at })
    case 'status':
    case 'lint':
      return { command }
    case 'history':
      return present({ command, model })
    case 'changes':
      return present({ command, model, from: raw.from, to: raw.to })
    case 'site':
      return present({ command, out: siteFolder(raw.out, names.out), at: raw.at, repoUrl: raw.repoUrl })
  }
}

/** Where `site` writes when no folder is given: what GitHub Pages' upload action takes by default. */
export const DEFAULT_SITE_FOLDER = '_site'

function siteFolder(value: string | undefined, name: string): string {
  if (value === undefined) return DEFAULT_SITE_FOLDER
  if (value.trim() === '') throw new InputError(`${name} takes a folder, not an empty string`)
  return value
}

function evaluateRequest(raw: RawRequest, model: string | undefined, names: FieldNames): EvaluateRequest {
  if (raw.plan && raw.results !== undefined)
    throw new InputError(`${names.plan} and ${names.results} exclude each other: plan first, gather later`)
  const jobs = raw.jobs === undefined ? undefined : Number(raw.jobs)
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64))
    throw new InputError(`${names.jobs} takes a whole number from 1 to 64, not ${JSON.stringify(raw.jobs)}`)
  if (jobs !== undefined && (raw.plan || raw.results !== undefined))
    throw new InputError(
      `${names.jobs} is for validations run here: not with ${raw.plan ? names.plan : names.results}`
    )
  return present({
    command: 'evaluate',
    model,
    plan: raw.plan ? true : undefined,
    results: raw.results,
    jobs,
    ...validationOf(raw, names)
  })
}

/** sha256:<64 hex>, as the manifest records a digest (the bare hex, as sha256sum prints it, is taken too). */
export function parseDigest(value: string, name: string): string {
  const digest = value.trim().toLowerCase()
  const full = /^[0-9a-f]{64}$/.test(digest) ? `sha256:${digest}` : digest
  if (!DIGEST_PATTERN.test(full))
    throw new InputError(`${name} takes sha256:<64 hex digits>, not ${JSON.stringify(value)}`)
  return full
}

/** `I/N`: the shard a matrix entry names, counted from 1. */
export function parseShard(value: string, name: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index < 1 || count < 1 || index > count)
    throw new InputError(
      `${name} takes I/N, a shard of N counted from 1 (such as 2/3), not ${JSON.stringify(value)}`
    )
  return { index, count }
}

/** The commands whose guards (a freeze, soak, metric gates) force may override. */
const OVERRIDABLE: readonly Command[] = ['promote', 'rollback', 'block']

/**
 * force needs a reason, on one line (it becomes a commit trailer); a reason without force is a mistake too. block
 * takes its reason whatever force says: it is the block's own, checked there.
 */
function overrideReason(raw: RawRequest, names: FieldNames): string | undefined {
  if (raw.command === 'block') return undefined
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
  return oneLine(reason, names.reason)
}

/** A reason as a trailer records it: trimmed, one line (undefined when none was given). */
function oneLine(value: string | undefined, name: string): string | undefined {
  const reason = value?.trim()
  if (!reason) return undefined
  // A line break or a separator would let the reason forge a second trailer, or a second record where they are read.
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\x00-\x1f\x7f]/.test(reason))
    throw new InputError(
      `${name} must be one line of text, without control characters: it becomes a commit trailer`
    )
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
