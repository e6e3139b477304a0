import { parseArgs } from 'node:util'
import { checkManifestText } from '../manifest/load.js'
import { formatProblem, ManifestError } from '../manifest/problems.js'
import { STAGES, type Stage } from '../manifest/schema.js'
import { writeFileAtomic } from '../adapters/files.js'
import { prepareMove, type MoveOutcome } from '../commands/execute-move.js'
import { readHistory } from '../commands/history.js'
import { isMoveCommand, type MoveCommand } from '../commands/moves.js'
import { loadRollbackHistory } from '../commands/rollback-history.js'
import { manifestAt } from '../commands/manifest-at.js'
import { reviewManifest } from '../commands/review.js'
import { describeModel } from '../commands/show.js'
import { reviewPassed, type ReviewReport } from '../reporting/review.js'
import { openWorkspace, readWorkspaceManifest, type Workspace } from '../commands/workspace.js'
import { archivedBy, planTitle, transitionText, validationSentence } from '../reporting/describe.js'
import { unifiedDiff } from '../reporting/diff.js'
import { loadManifestText } from '../manifest/load.js'
import { InputError, RefusedError } from '../stages/errors.js'
import { COMMAND_HELP, COMMON_OPTIONS, GENERAL_HELP } from './usage.js'

export const EXIT_OK = 0
export const EXIT_REFUSED = 1
export const EXIT_BAD_INPUT = 2

export interface CliIo {
  cwd: string
  out: (text: string) => void
  err: (text: string) => void
}

const OPTIONS = {
  manifest: { type: 'string' },
  validate: { type: 'string' },
  'validation-timeout': { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  uri: { type: 'string' },
  description: { type: 'string' },
  to: { type: 'string' },
  at: { type: 'string' },
  base: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    io.err(`model-stages: ${(error as Error).message}\nRun 'model-stages --help' for usage.\n`)
    return EXIT_BAD_INPUT
  }
  const { values, positionals } = parsed
  const [command, ...rest] = positionals
  if (!command) {
    io.out(GENERAL_HELP + '\n')
    return values.help ? EXIT_OK : EXIT_BAD_INPUT
  }
  const help = COMMAND_HELP[command]
  if (!help) {
    io.err(`model-stages: unknown command ${JSON.stringify(command)}\n\n${GENERAL_HELP}\n`)
    return EXIT_BAD_INPUT
  }
  if (values.help) {
    io.out(`${help}\n${COMMON_OPTIONS}\n`)
    return EXIT_OK
  }
  try {
    const workspace = await openWorkspace(io.cwd, values.manifest)
    if (isMoveCommand(command)) return await move(command, rest, values, workspace, io)
    if (command === 'show') return await show(rest, values, workspace, io)
    if (command === 'lint') return await lint(rest, values, workspace, io)
    if (command === 'check') return await check(rest, values, workspace, io)
    return await history(rest, values, workspace, io)
  } catch (error) {
    return reportError(error, io)
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof ManifestError) {
    io.err(error.problems.map(formatProblem).join('\n') + '\n')
    return EXIT_BAD_INPUT
  }
  if (error instanceof InputError) {
    io.err(`model-stages: ${error.message}\n`)
    return EXIT_BAD_INPUT
  }
  if (error instanceof RefusedError) {
    io.err(`model-stages: refused: ${error.message}\n`)
    return EXIT_REFUSED
  }
  io.err(`model-stages: ${error instanceof Error ? error.message : String(error)}\n`)
  return EXIT_REFUSED
}

function expectArguments(command: string, rest: readonly string[], min: number, max: number): void {
  if (rest.length < min || rest.length > max) {
    throw new InputError(`wrong number of arguments for ${command}\n\n${COMMAND_HELP[command] ?? ''}`)
  }
}

function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new InputError(
      `--validation-timeout takes a number of seconds greater than 0, not ${JSON.stringify(value)}`
    )
  }
  return seconds
}

function parseStage(value: string | undefined): Stage | undefined {
  if (value === undefined) return undefined
  if (!(STAGES as readonly string[]).includes(value)) {
    throw new InputError(`--to takes one of ${STAGES.join(', ')}, not ${JSON.stringify(value)}`)
  }
  return value as Stage
}

const ARITY: Record<MoveCommand, [number, number]> = {
  register: [2, 2],
  promote: [1, 2],
  archive: [2, 2],
  restore: [2, 2],
  rollback: [1, 2]
}

async function move(command: MoveCommand, rest: string[], values: Values, workspace: Workspace, io: CliIo) {
  expectArguments(command, rest, ...ARITY[command])
  const [model = '', version] = rest
  const text = await readWorkspaceManifest(workspace)
  const history = command === 'rollback' ? await loadRollbackHistory(workspace, model, text) : undefined
  const outcome = await prepareMove({
    workspace,
    text,
    command,
    args: { model, version, to: parseStage(values.to), uri: values.uri, description: values.description },
    validation: {
      validate: values.validate,
      timeoutSeconds: parseTimeout(values['validation-timeout']),
      onOutput: values.json ? undefined : chunk => io.err(chunk)
    },
    history
  })
  const dryRun = values['dry-run'] === true
  if (outcome.changed && !dryRun && outcome.verdict !== 'failed')
    await writeFileAtomic(workspace.manifestPath, outcome.newText)
  const diff = unifiedDiff(workspace.manifestName, text, outcome.newText)
  if (values.json) io.out(JSON.stringify(moveJson(outcome, dryRun, diff), null, 2) + '\n')
  else io.out(moveText(outcome, dryRun, diff, workspace.manifestName))
  if (outcome.verdict === 'failed') {
    // The output itself was streamed as it came; only the verdict is repeated.
    if (!values.json) io.err(`${validationSentence(outcome.validation)}\n`)
    return EXIT_REFUSED
  }
  return EXIT_OK
}

function moveJson(outcome: MoveOutcome, dryRun: boolean, diff: string) {
  const { plan, validation } = outcome
  return {
    command: outcome.command,
    model: plan.model,
    version: plan.version,
    changed: outcome.changed && !dryRun && outcome.verdict !== 'failed',
    dryRun,
    note: plan.note ?? null,
    transitions: plan.transitions.map(({ version, from, to, cause }) => ({ version, from, to, cause })),
    archived: archivedBy(plan),
    validation: outcome.verdict,
    validationDetail: validation
      ? {
          command: validation.command,
          status: validation.status,
          exitCode: validation.exitCode,
          tail: validation.tail
        }
      : null,
    diff
  }
}

function moveText(outcome: MoveOutcome, dryRun: boolean, diff: string, file: string): string {
  const { plan } = outcome
  if (plan.transitions.length === 0) return `Nothing to do: ${plan.note}\n`
  const lines = [planTitle(plan), ...plan.transitions.map(t => `  ${transitionText(t)}`)]
  if (outcome.verdict === 'failed') return lines.join('\n') + `\nNot written: validation did not pass.\n`
  lines.push(validationSentence(outcome.validation))
  if (dryRun) lines.push('', diff, `Dry run: ${file} not written.`)
  else lines.push(`Wrote ${file}.`)
  return lines.join('\n') + '\n'
}

async function show(rest: string[], values: Values, workspace: Workspace, io: CliIo) {
  expectArguments('show', rest, 1, 2)
  const [model = '', version] = rest
  const past = values.at === undefined ? undefined : await manifestAt(workspace, values.at)
  const text = past?.text ?? (await readWorkspaceManifest(workspace))
  const manifest = loadManifestText(text, past?.name ?? workspace.manifestName)
  const report = describeModel(manifest.data, model, version)
  if (values.json) {
    io.out(JSON.stringify(past ? { ...report, commit: past.commit } : report, null, 2) + '\n')
    return EXIT_OK
  }
  if (past) io.out(`As of commit ${past.commit.slice(0, 7)}:\n`)
  if (report.version) {
    io.out(
      `${model} ${report.version.version}: ${report.version.stage}${report.version.uri ? ` (${report.version.uri})` : ''}\n`
    )
    return EXIT_OK
  }
  const production = report.production
    ? `${report.production.version}${report.production.uri ? ` (${report.production.uri})` : ''}`
    : 'none'
  const rows = report.versions.map(v =>
    `  ${v.version.padEnd(16)} ${v.stage.padEnd(10)} ${v.uri ?? ''}`.trimEnd()
  )
  io.out([`${model}: production ${production}`, ...rows].join('\n') + '\n')
  return EXIT_OK
}

async function lint(rest: string[], values: Values, workspace: Workspace, io: CliIo) {
  expectArguments('lint', rest, 0, 0)
  const { problems } = checkManifestText(await readWorkspaceManifest(workspace), workspace.manifestName)
  if (values.json) io.out(JSON.stringify({ file: workspace.manifestName, problems }, null, 2) + '\n')
  else if (problems.length === 0) io.out(`${workspace.manifestName}: no problems\n`)
  else io.err(problems.map(formatProblem).join('\n') + '\n')
  return problems.length === 0 ? EXIT_OK : EXIT_BAD_INPUT
}

async function history(rest: string[], values: Values, workspace: Workspace, io: CliIo) {
  expectArguments('history', rest, 0, 1)
  const entries = await readHistory(workspace, rest[0])
  if (values.json) {
    io.out(JSON.stringify(entries, null, 2) + '\n')
    return EXIT_OK
  }
  if (entries.length === 0) io.out(`No transitions recorded in the history of ${workspace.manifestName}.\n`)
  for (const entry of entries) {
    const where = [entry.commit?.slice(0, 7), entry.pullRequest ? `#${entry.pullRequest}` : undefined]
      .filter(Boolean)
      .join(' ')
    io.out(`${entry.date?.slice(0, 10) ?? ''}  ${transitionText(entry)}  ${where}  ${entry.author ?? ''}\n`)
  }
  return EXIT_OK
}

async function check(rest: string[], values: Values, workspace: Workspace, io: CliIo) {
  expectArguments('check', rest, 0, 0)
  const base = values.base ?? 'HEAD'
  if (!workspace.git || !(await workspace.git.resolve(base)))
    throw new InputError(`unknown revision ${JSON.stringify(base)}`)
  const result = await reviewManifest(workspace, base, {
    validate: values.validate,
    timeoutSeconds: parseTimeout(values['validation-timeout']),
    onOutput: values.json ? undefined : chunk => io.err(chunk)
  })
  const report: ReviewReport = { manifestName: workspace.manifestName, ...result }
  const { touched, initial, problems, changes } = result
  const passed = reviewPassed(report)
  if (values.json)
    io.out(JSON.stringify({ base, passed, touched, initial, problems, changes }, null, 2) + '\n')
  else if (!result.touched) io.out(`No change to ${workspace.manifestName} since ${base}.\n`)
  else {
    for (const change of result.changes) {
      const verdict = change.refusal ? `refused: ${change.refusal}` : (change.operation ?? '')
      const validation = change.validation ? `; validation ${change.validation.status}` : ''
      io.out(`${transitionText(change)}: ${verdict}${validation}\n`)
    }
    if (result.problems.length > 0) io.err(result.problems.map(formatProblem).join('\n') + '\n')
    io.out(passed ? 'Every stage change is legal and validated.\n' : 'Review failed.\n')
  }
  if (problems.length > 0) return EXIT_BAD_INPUT
  return passed ? EXIT_OK : EXIT_REFUSED
}
