import { digestRecords } from '../../commands/digest-history.js'
import { readHistory } from '../../commands/history.js'
import type { HistoryRequest } from '../../commands/request.js'
import { transitionText } from '../../reporting/describe.js'
import { EXIT_OK, print, warnBrokenRevisions } from '../output.js'
import type { CliContext } from './context.js'

/** Every transition of the manifest (or of one model), read back from git. */
export async function runHistoryCommand(context: CliContext<HistoryRequest>): Promise<number> {
  const { workspace, request } = context
  const { entries, brokenRevisions } = await readHistory(workspace, request.model)
  warnBrokenRevisions(context.io, workspace.manifestName, brokenRevisions)
  // The JSON stays the list of transitions; the text also says when each digest was first recorded, and by whom.
  const digests = context.json ? [] : await digestRecords(workspace, request.model)
  print(context.io, context.json, entries, () => {
    if (entries.length === 0) return `No transitions recorded in the history of ${workspace.manifestName}.\n`
    const recorded = digests.map(
      record =>
        `${record.date.slice(0, 10)}  ${record.model}@${record.version} digest ${record.digest.slice(0, 19)}… recorded  ${record.commit.slice(0, 7)}  ${record.author}\n`
    )
    return (
      [
        ...entries.map(entry => {
          const where = [entry.commit?.slice(0, 7), entry.pullRequest ? `#${entry.pullRequest}` : undefined]
            .filter(Boolean)
            .join(' ')
          return `${entry.date?.slice(0, 10) ?? ''}  ${transitionText(entry)}  ${where}  ${entry.author ?? ''}\n`
        })
      ].join('') + (recorded.length > 0 ? `\nDigests first recorded:\n${recorded.join('')}` : '')
    )
  })
  return EXIT_OK
}
