import { readHistory } from '../../commands/history.js'
import type { HistoryRequest } from '../../commands/request.js'
import { transitionText } from '../../reporting/describe.js'
import { formatProblem } from '../../manifest/problems.js'
import { EXIT_OK, print } from '../output.js'
import type { CliContext } from './context.js'

/** Every transition of the manifest (or of one model), read back from git. */
export async function runHistoryCommand(context: CliContext<HistoryRequest>): Promise<number> {
  const { workspace, request } = context
  const { entries, brokenRevisions } = await readHistory(workspace, request.model)
  for (const broken of brokenRevisions)
    context.io.err(
      `model-stages: warning: ${workspace.manifestName} at ${broken.commit?.slice(0, 7) ?? 'the work tree'} breaks the manifest's rules, and its moves are not counted:\n` +
        broken.problems.map(problem => `  ${formatProblem(problem)}\n`).join('')
    )
  print(context.io, context.json, entries, () => {
    if (entries.length === 0) return `No transitions recorded in the history of ${workspace.manifestName}.\n`
    return entries
      .map(entry => {
        const where = [entry.commit?.slice(0, 7), entry.pullRequest ? `#${entry.pullRequest}` : undefined]
          .filter(Boolean)
          .join(' ')
        return `${entry.date?.slice(0, 10) ?? ''}  ${transitionText(entry)}  ${where}  ${entry.author ?? ''}\n`
      })
      .join('')
  })
  return EXIT_OK
}
