import { parseArgs, type ParseArgsConfig } from 'node:util'
import { closestWord } from '../manifest/closest-word.js'
import { COMMANDS, positionalsOf, type Command } from '../commands/request.js'

/** A wrong command line: exit 2, with the fix. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface OptionSpec {
  type: 'string' | 'boolean'
  /** May be given more than once; the values are kept in order. */
  multiple?: boolean
  placeholder?: string
  help: string
}

const MANIFEST: OptionSpec = {
  type: 'string',
  placeholder: 'FILE',
  help: 'the stage manifest (default: model-stages.yaml at the repository root)'
}
const JSON_OUTPUT: OptionSpec = { type: 'boolean', help: 'print the result, or the error, as JSON on stdout' }
const HELP: OptionSpec = { type: 'boolean', help: 'show this help' }
const VALIDATE: OptionSpec = {
  type: 'string',
  placeholder: 'CMD',
  help: "validation command (overrides the manifest's)"
}
const TIMEOUT: OptionSpec = {
  type: 'string',
  placeholder: 'SECONDS',
  help: 'stop the validation after this long (and fail)'
}
const DRY_RUN: OptionSpec = { type: 'boolean', help: 'print the plan and the diff; write nothing' }
const COMMIT: OptionSpec = {
  type: 'boolean',
  help: 'commit the manifest change, with the message and Model-Stage trailers the action writes'
}

/** Options every command takes. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  manifest: MANIFEST,
  json: JSON_OUTPUT,
  help: HELP
}
const WRITE_OPTIONS = { 'dry-run': DRY_RUN, commit: COMMIT }
const OVERRIDE_OPTIONS: Record<string, OptionSpec> = {
  force: { type: 'boolean', help: 'override the soak and the metric gates (never the validation command)' },
  reason: {
    type: 'string',
    placeholder: 'TEXT',
    help: 'why --force: recorded as a Model-Stage-Override trailer (required with --force)'
  }
}
const VALIDATION_OPTIONS = { validate: VALIDATE, 'validation-timeout': TIMEOUT }

export interface CommandSpec {
  summary: string
  details: string
  options: Record<string, OptionSpec>
}

export const COMMAND_SPECS: Record<Command, CommandSpec> = {
  init: {
    summary: 'write a new, commented manifest',
    details: 'Writes model-stages.yaml (or --manifest) with version: 1, and refuses to overwrite one.',
    options: {
      model: { type: 'string', placeholder: 'NAME', help: 'declare a first model (no versions yet)' },
      validate: {
        type: 'string',
        placeholder: 'CMD',
        help: 'defaults.validate: the command a version must pass to enter production'
      }
    }
  },
  register: {
    summary: 'add a version in staging',
    details: 'Adds VERSION of MODEL in staging (MODEL is declared if it is new).',
    options: {
      uri: { type: 'string', placeholder: 'URI', help: 'where the model artifact lives' },
      digest: {
        type: 'string',
        placeholder: 'sha256:HEX',
        help: "the artifact's digest (default: taken from a local path or http(s) uri, or the digest command)"
      },
      description: { type: 'string', placeholder: 'TEXT', help: 'free text about the version' },
      metric: { type: 'string', multiple: true, placeholder: 'NAME=NUMBER', help: 'a metric (repeatable)' },
      meta: {
        type: 'string',
        multiple: true,
        placeholder: 'KEY=VALUE',
        help: 'a metadata entry (repeatable)'
      },
      ...WRITE_OPTIONS
    }
  },
  promote: {
    summary: 'validate a version and move it to the next stage (archives the one it replaces)',
    details:
      'Validates VERSION and moves it to its next stage (production, without a stages: list), archiving\n' +
      'the version it replaces in an exclusive stage. Without VERSION: the newest in the stage before\n' +
      '--to (default: the last stage). --to archived|staging archives or restores instead. A stage with\n' +
      'a soak takes a version only after that long in its current stage; --force --reason overrides the\n' +
      'soak and the metric gates, and the commit records it.',
    options: {
      to: {
        type: 'string',
        placeholder: 'STAGE',
        help: "target stage (default: the version's next stage, else the last)"
      },
      ...OVERRIDE_OPTIONS,
      ...VALIDATION_OPTIONS,
      ...WRITE_OPTIONS
    }
  },
  evaluate: {
    summary: "validate every model's newest staging version and promote those that pass",
    details:
      'For each model (or MODEL), validates its newest staging version and promotes it when it passes;\n' +
      'a candidate that fails stays in staging and is reported (exit 0: evaluation is not a gate).',
    options: {
      plan: {
        type: 'boolean',
        help: 'validate nothing: print the validation matrix (JSON for strategy.matrix), one entry per candidate or shard'
      },
      results: {
        type: 'string',
        placeholder: 'DIR',
        help: 'validate nothing: gather the result files below DIR (from validate --result) and promote as usual'
      },
      jobs: { type: 'string', placeholder: 'N', help: 'run up to N validations at once (default 1)' },
      ...VALIDATION_OPTIONS,
      ...WRITE_OPTIONS
    }
  },
  validate: {
    summary: 'validate one candidate (or one shard) and write its result file; nothing else',
    details:
      'Runs the validation of VERSION (default: the newest in the stage before --to) as a promotion would,\n' +
      'with MODEL_SHARD_INDEX and MODEL_SHARD_COUNT for --shard I/N, and writes what it found to --result:\n' +
      'the candidate, the shard, the manifest it validated against, the outcome, the tail and the metrics.\n' +
      'It writes nothing else and needs no token; evaluate --results gathers the files.',
    options: {
      to: { type: 'string', placeholder: 'STAGE', help: "target stage (default: the version's next stage)" },
      shard: {
        type: 'string',
        placeholder: 'I/N',
        help: 'the shard to validate (when the model declares shards)'
      },
      result: { type: 'string', placeholder: 'FILE', help: 'where the result is written (required)' },
      ...VALIDATION_OPTIONS
    }
  },
  verify: {
    summary: 'take the digests of what is served again, and fail on drift',
    details:
      'Takes again the digest of every version in the exclusive stages (what is served; or in each\n' +
      '--stage) of every model (or MODEL) and compares it with the digest recorded. Exit 1 when one\n' +
      'differs or cannot be taken; a version without a digest is listed, not failed.',
    options: {
      stage: { type: 'string', multiple: true, placeholder: 'STAGE', help: 'a stage to verify (repeatable)' }
    }
  },
  monitor: {
    summary: 'check what is served (digest, monitoring command, gate bounds); exit 1 when a check fails',
    details:
      'For each model (or MODEL), checks the version in each exclusive stage: its digest when recorded, its\n' +
      "monitor command (else its validation command) with MODEL_STAGE its stage, and its stage's gate\n" +
      'bounds (min, max) on what it measured. The action also acts on a failure as on_failure says.',
    options: { ...VALIDATION_OPTIONS }
  },
  archive: {
    summary: 'move a version to archived',
    details: 'Moves a staging or production version to archived.',
    options: { ...WRITE_OPTIONS }
  },
  restore: {
    summary: 'move an archived version back to staging',
    details: 'Moves an archived version back to staging for re-testing.',
    options: { ...WRITE_OPTIONS }
  },
  rollback: {
    summary: 'bring a former production version back',
    details:
      'Puts a version that was in production (or --to, an exclusive stage) before back into it, validated\n' +
      'again, archiving the current one. Without VERSION: the one that left that stage most recently.',
    options: {
      to: { type: 'string', placeholder: 'STAGE', help: 'exclusive stage (default: the last stage)' },
      ...OVERRIDE_OPTIONS,
      ...VALIDATION_OPTIONS,
      ...WRITE_OPTIONS
    }
  },
  block: {
    summary: 'block a version: it may never enter a stage again but archived',
    details:
      'Records why VERSION must never serve again (blocked: REASON): promote, evaluate, restore, rollback\n' +
      'and check all refuse it. A version that serves an exclusive stage is blocked only with --rollback,\n' +
      'which archives it and brings back the newest earlier version that is not blocked (validated again)\n' +
      'in the same commit. The commit carries a Model-Stage-Block trailer.',
    options: {
      reason: {
        type: 'string',
        placeholder: 'TEXT',
        help: 'why the version is blocked (required): recorded in the manifest and the trailer'
      },
      rollback: {
        type: 'boolean',
        help: 'the version serves a stage: archive it and bring back the one before it, in one commit'
      },
      force: {
        type: 'boolean',
        help: 'with --rollback: roll back although a freeze window is open (the reason is recorded as the override)'
      },
      ...VALIDATION_OPTIONS,
      ...WRITE_OPTIONS
    }
  },
  unblock: {
    summary: 'unblock a version: it may enter stages again',
    details:
      'Removes the blocked: reason of VERSION; it stays where it is. The commit carries a Model-Stage-Unblock trailer.',
    options: { ...WRITE_OPTIONS }
  },
  check: {
    summary: 'review the stage changes since REV (default HEAD)',
    details:
      'Reviews the stage changes between REV and the work tree as a pull request check would: every\n' +
      'transition judged by the lifecycle rules, every version entering production validated.',
    options: {
      base: { type: 'string', placeholder: 'REV', help: 'what to compare with (a commit, branch or tag)' },
      ...VALIDATION_OPTIONS
    }
  },
  show: {
    summary: "a model's versions, what is in production, and each version's details",
    details: "Prints the model's versions and what is in production (or everything about VERSION).",
    options: {
      at: {
        type: 'string',
        placeholder: 'COMMIT|DATE',
        help: 'as the manifest was at a commit or a date git understands (2026-03-01, yesterday)'
      }
    }
  },
  status: {
    summary: 'every model: production version, newest candidate, versions per stage',
    details: 'One row per model: its production version, newest staging candidate and counts per stage.',
    options: {}
  },
  lint: {
    summary: 'check the manifest',
    details: 'Checks the manifest and prints every problem as FILE:LINE:COL: message.',
    options: {}
  },
  history: {
    summary: 'every transition, read back from git',
    details:
      "Rebuilds every stage transition from the manifest's git history: version, from -> to, commit,\n" +
      'author, date and pull request.',
    options: {}
  },
  changes: {
    summary: 'the stage transitions between two revisions (for deploy jobs)',
    details:
      'Lists the stage transitions between --from (default HEAD~1) and --to (default HEAD). With MODEL,\n' +
      'also says whether its production version changed, and what is in production at --to.',
    options: {
      from: { type: 'string', placeholder: 'REV', help: 'the older revision (default HEAD~1)' },
      to: { type: 'string', placeholder: 'REV', help: 'the newer revision (default HEAD)' }
    }
  },
  site: {
    summary: 'build the registry as a static site: an index, a page per model, charts',
    details:
      'Writes a static site of the registry to --out (default _site): an index of every model with the\n' +
      'version in each stage and its last move, and a page per model with its stage timeline, metric\n' +
      'trends, gates, versions, overrides and moves, read from the manifest and its git history. The\n' +
      'pages need no server and no script. Links go to --repo-url, else the origin remote on GitHub.',
    options: {
      out: {
        type: 'string',
        placeholder: 'DIR',
        help: 'the folder to write (default _site; new, empty, or a site built before)'
      },
      at: {
        type: 'string',
        placeholder: 'COMMIT|DATE',
        help: 'the registry as it was at a commit or a date git understands (as show --at)'
      },
      'repo-url': {
        type: 'string',
        placeholder: 'URL',
        help: "the repository's web address, for links to commits and pull requests (default: origin's)"
      }
    }
  }
}

export function optionsOf(command: Command): Record<string, OptionSpec> {
  return { ...COMMAND_SPECS[command].options, ...COMMON_OPTIONS }
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>

export type ParsedArguments =
  | { kind: 'version' }
  | { kind: 'help'; command?: Command }
  | { kind: 'run'; command: Command; positionals: string[]; values: OptionValues }

function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = closestWord(word, candidates)
  return guess ? ` (did you mean ${guess}?)` : ''
}

export function knownCommand(name: string): Command {
  if ((COMMANDS as readonly string[]).includes(name)) return name as Command
  throw new UsageError(
    `unknown command ${JSON.stringify(name)}${didYouMean(name, [...COMMANDS, 'help'])}; ` +
      `the commands are ${COMMANDS.join(', ')}, help`
  )
}

function optionList(command: Command): string {
  return Object.keys(optionsOf(command))
    .map(name => `--${name}`)
    .join(', ')
}

/** A command's options as node:util's parseArgs takes them; -h is help, as for every command. */
function parseArgsOptions(options: Record<string, OptionSpec>): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    Object.entries(options).map(([name, spec]) => [
      name,
      { type: spec.type, multiple: spec.multiple === true, ...(name === 'help' ? { short: 'h' } : {}) }
    ])
  )
}

function unknownOption(command: Command, raw: string, name: string): UsageError {
  const options = optionsOf(command)
  if (!raw.startsWith('--'))
    return new UsageError(`unknown option ${raw} for ${command}; ${command} takes ${optionList(command)}`)
  // A subject given as an option (`history --model churn`) is an argument of this command: say how to write it.
  const subject = positionalsOf(command).find(usage => usage.replace(/[[\]]/g, '') === name.toUpperCase())
  if (subject)
    return new UsageError(
      `${command} takes ${name.toUpperCase()} as an argument, not as --${name}: model-stages ${command} ${positionalsOf(command).join(' ')}`
    )
  const elsewhere = COMMANDS.filter(other => other !== command && COMMAND_SPECS[other].options[name])
  const where = elsewhere.length > 0 ? ` (it is an option of ${elsewhere.join(', ')})` : ''
  const guess = closestWord(name, Object.keys(options))
  const meant = guess ? ` (did you mean --${guess}?)` : where
  return new UsageError(
    `unknown option --${name} for ${command}${meant}; ${command} takes ${optionList(command)}`
  )
}

/**
 * Reads argv strictly: each command takes its own options, and anything else says what it takes instead.
 * node:util's parseArgs reads the command line (`--name value`, `--name=value`, `-h`, `--`); it runs without its
 * own strict mode, whose errors cannot name the fix (the option meant, the command that has it), and the rules
 * are checked here on its tokens, in order: a known option, a value for a string option (not the next option), none
 * for a flag, and a single-valued option given once.
 */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  const [first, ...rest] = argv
  if (first === undefined) return { kind: 'help' }
  if (first === '--version' || first === '-V') return { kind: 'version' }
  if (first === '--help' || first === '-h') return { kind: 'help' }
  if (first === 'help') {
    if (rest.length > 1) throw new UsageError('help takes at most one command')
    return { kind: 'help', command: rest[0] === undefined ? undefined : knownCommand(rest[0]) }
  }
  if (first.startsWith('-'))
    throw new UsageError(`expected a command before ${first}; the commands are ${COMMANDS.join(', ')}`)
  const command = knownCommand(first)
  const options = optionsOf(command)
  const { values, positionals, tokens } = parseArgs({
    args: [...rest],
    options: parseArgsOptions(options),
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  const seen = new Set<string>()
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const { name, rawName } = token
    const spec = options[name]
    // A short option is named as written: -abc, not the -a parseArgs reads first in it.
    if (!spec)
      throw unknownOption(command, rawName.startsWith('--') ? rawName : (rest[token.index] ?? rawName), name)
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`--${name} takes no value`)
      continue
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))
      throw new UsageError(`--${name} needs a value: --${name} ${spec.placeholder ?? 'VALUE'}`)
    if (!spec.multiple && seen.has(name)) throw new UsageError(`--${name} is given twice`)
    seen.add(name)
  }
  if (values.help === true) return { kind: 'help', command }
  const expected = positionalsOf(command)
  const required = expected.filter(name => !name.startsWith('[')).length
  if (positionals.length < required || positionals.length > expected.length) {
    const usage = `model-stages ${command} ${expected.join(' ')}`.trimEnd()
    throw new UsageError(
      `wrong number of arguments for ${command}: expected ${usage}, got ${positionals.length === 0 ? 'none' : positionals.map(p => JSON.stringify(p)).join(' ')}`
    )
  }
  return { kind: 'run', command, positionals, values: { ...values } }
}
