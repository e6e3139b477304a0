import { packageRoot } from './package-root.js'
import {
  checkRequest,
  type Command,
  type MoveRequest,
  type Request,
  type RequestFor
} from '../commands/request.js'
import { openWorkspace } from '../commands/workspace.js'
import { parseArguments } from './arguments.js'
import { CLI_NAMES, rawRequest, type CliContext } from './handlers/context.js'
import { EXIT_OK, reportError, type CliIo } from './output.js'
import { commandHelp, generalHelp } from './usage.js'

type Handlers = { [C in Command]: (context: CliContext<RequestFor<C>>) => Promise<number> }

const move = async (context: CliContext<MoveRequest>) =>
  (await import('./handlers/move.js')).runMoveCommand(context)

/** Each command is loaded when it runs: `--version` or `show` do not load what `check` needs. */
const HANDLERS: Handlers = {
  register: move,
  promote: move,
  archive: move,
  restore: move,
  rollback: move,
  block: move,
  unblock: move,
  init: async context => (await import('./handlers/init.js')).runInitCommand(context),
  evaluate: async context => (await import('./handlers/evaluate.js')).runEvaluateCommand(context),
  validate: async context => (await import('./handlers/validate.js')).runValidateCommand(context),
  monitor: async context => (await import('./handlers/monitor.js')).runMonitorCommand(context),
  verify: async context => (await import('./handlers/verify.js')).runVerifyCommand(context),
  check: async context => (await import('./handlers/check.js')).runCheckCommand(context),
  show: async context => (await import('./handlers/show.js')).runShowCommand(context),
  status: async context => (await import('./handlers/status.js')).runStatusCommand(context),
  lint: async context => (await import('./handlers/lint.js')).runLintCommand(context),
  history: async context => (await import('./handlers/history.js')).runHistoryCommand(context),
  changes: async context => (await import('./handlers/changes.js')).runChangesCommand(context),
  site: async context => (await import('./handlers/site.js')).runSiteCommand(context)
}

/** The handler of the request's command, given the request as its own type. */
function handle<R extends Request>(context: CliContext<R>): Promise<number> {
  const handler = HANDLERS[context.request.command] as (context: CliContext<R>) => Promise<number>
  return handler(context)
}

/** The CLI: argv → the same commands as the action → text or JSON, and an exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json')
  try {
    const parsed = parseArguments(argv)
    if (parsed.kind === 'version') {
      io.out(`${packageRoot()?.version ?? 'unknown'}\n`)
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
    const request = checkRequest(rawRequest(command, positionals, values), CLI_NAMES)
    return await handle({ request, values, json, io, workspace })
  } catch (error) {
    return reportError(error, io, json)
  }
}
