import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMoveCommand } from '../commands/moves.js'
import type { Command } from '../commands/request.js'
import { openWorkspace } from '../commands/workspace.js'
import { parseArguments } from './arguments.js'
import { runChangesCommand } from './commands/changes.js'
import { runCheckCommand } from './commands/check.js'
import type { CliContext } from './commands/context.js'
import { runEvaluateCommand } from './commands/evaluate.js'
import { runHistoryCommand } from './commands/history.js'
import { runInitCommand } from './commands/init.js'
import { runLintCommand } from './commands/lint.js'
import { runMoveCommand } from './commands/move.js'
import { runShowCommand } from './commands/show.js'
import { runStatusCommand } from './commands/status.js'
import { EXIT_OK, reportError, type CliIo } from './output.js'
import { commandHelp, generalHelp } from './usage.js'

export { EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, type CliIo } from './output.js'

const HANDLERS: Record<
  Exclude<Command, 'register' | 'promote' | 'archive' | 'restore' | 'rollback'>,
  (context: CliContext) => Promise<number>
> = {
  init: runInitCommand,
  evaluate: runEvaluateCommand,
  check: runCheckCommand,
  show: runShowCommand,
  status: runStatusCommand,
  lint: runLintCommand,
  history: runHistoryCommand,
  changes: runChangesCommand
}

/** The package's version, read beside the bundle (dist/../package.json). */
function packageVersion(): string {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

/** The CLI: argv → the same commands as the action → text or JSON, and an exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json')
  try {
    const parsed = parseArguments(argv)
    if (parsed.kind === 'version') {
      io.out(`${packageVersion()}\n`)
      return EXIT_OK
    }
    if (parsed.kind === 'help') {
      io.out((parsed.command ? commandHelp(parsed.command) : generalHelp()) + '\n')
      return EXIT_OK
    }
    const { command, positionals, values } = parsed
    const manifest = typeof values.manifest === 'string' ? values.manifest : undefined
    // The default manifest is at the repository's root, as in the action; a path given is read from here.
    const workspace = await openWorkspace(io.cwd, manifest, manifest === undefined)
    const context: CliContext = { command, positionals, values, json, io, workspace }
    if (isMoveCommand(command)) return await runMoveCommand(command, context)
    return await HANDLERS[command](context)
  } catch (error) {
    return reportError(error, io, json)
  }
}
