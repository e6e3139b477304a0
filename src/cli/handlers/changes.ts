import { NO_COMMIT_YET, stageChanges } from '../../commands/changes.js'
import type { ChangesRequest } from '../../commands/request.js'
import { transitionText } from '../../reporting/describe.js'
import { EXIT_OK, print } from '../output.js'
import type { CliContext } from './context.js'

/** The stage transitions between --from and --to: what a deploy job asks before it redeploys. */
export async function runChangesCommand(context: CliContext<ChangesRequest>): Promise<number> {
  const { workspace, request } = context
  // A repository's first commit has no HEAD~1: everything in it is new.
  const from = request.from ?? ((await workspace.git?.resolve('HEAD~1')) ? 'HEAD~1' : NO_COMMIT_YET)
  const to = request.to ?? 'HEAD'
  const result = await stageChanges(
    workspace,
    { from, to, fromName: '--from', toName: '--to' },
    request.model
  )
  const transitions = result.transitions.map(({ model, version, from, to }) => ({ model, version, from, to }))
  print(context.io, context.json, { ...result, transitions }, () => {
    const lines = transitions.map(t => transitionText(t))
    if (lines.length === 0) lines.push(`No stage changes between ${from} and ${to}.`)
    const production = result.production
    if (production)
      lines.push(
        production.changed
          ? `Production of ${production.model} changed: ${production.before ?? 'none'} -> ${production.version ?? 'none'}.`
          : `Production of ${production.model} did not change (${production.version ?? 'none'}).`
      )
    return lines.join('\n') + '\n'
  })
  return EXIT_OK
}
