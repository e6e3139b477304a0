import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMoveCommand } from '../commands/moves.js'
import type { Command } from '../commands/request.js'
import { openWorkspace } from '../commands/workspace.js'
import { parseArguments } from './arguments.js'
import type { CliContext } from './handlers/context.js'
import { EXIT_OK, reportError, type CliIo } from './output.js'
import { commandHelp, generalHelp } from './usage.js'

/** Each command is loaded when it runs: `--version` or `show` do not load what `check` needs. */
const HANDLERS: Record<
  Exclude<Command, 'register' | 'promote' | 'archive' | 'restore' | 'rollback'>,
  (context: CliContext) => Promise<number>
> = {
  init: async context => (await import('./handlers/init.js')).runInitCommand(context),
  evaluate: async context => (await import('./handlers/evaluate.js')).runEvaluateCommand(context),
  check: async context => (await import('./handlers/check.js')).runCheckCommand(context),
  show: async context => (await import('./handlers/show.js')).runShowCommand(context),
  status: async context => (await import('./handlers/status.js')).runStatusCommand(context),
  lint: async context => (await import('./handlers/lint.js')).runLintCommand(context),
  history: async context => (await import('./handlers/history.js')).runHistoryCommand(context),
  changes: async context => (await import('./handlers/changes.js')).runChangesCommand(context)
}

/** The package's version: from the package.json of model-stages above the running code. */
function packageVersion(): string {
  for (let folder = path.dirname(fileURLToPath(import.meta.url)); ; folder = path.dirname(folder)) {
    const file = path.join(folder, 'package.json')
    const manifest = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string })
      : {}
    if (manifest.name === 'model-stages' && manifest.version) return manifest.version
    if (folder === path.dirname(folder)) return 'unknown'
  }
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
    if (isMoveCommand(command))
      return await (await import('./handlers/move.js')).runMoveCommand(command, context)
    return await HANDLERS[command](context)
  } catch (error) {
    return reportError(error, io, json)
  }
}
