import { readWorkspaceManifest } from '../../commands/workspace.js'
import { loadManifestText } from '../../manifest/load.js'
import { manifestStatus } from '../../stages/queries.js'
import { EXIT_OK, print } from '../output.js'
import type { CliContext } from './context.js'

/** One row per model: production, newest candidate, counts per stage. */
export async function runStatusCommand(context: CliContext): Promise<number> {
  const { workspace } = context
  const models = manifestStatus(
    loadManifestText(await readWorkspaceManifest(workspace), workspace.manifestName).data
  )
  print(context.io, context.json, { models }, () => {
    if (models.length === 0) return `${workspace.manifestName} has no models yet.\n`
    const rows = [
      ['MODEL', 'PRODUCTION', 'CANDIDATE', 'STAGING', 'ARCHIVED'],
      ...models.map(m => [
        m.model,
        m.production ?? '-',
        m.staging[m.staging.length - 1] ?? '-',
        String(m.staging.length),
        String(m.archived.length)
      ])
    ]
    const widths = rows[0]?.map((_, column) => Math.max(...rows.map(row => row[column]?.length ?? 0))) ?? []
    return (
      rows
        .map(row =>
          row
            .map((cell, column) => cell.padEnd(widths[column] ?? 0))
            .join('  ')
            .trimEnd()
        )
        .join('\n') + '\n'
    )
  })
  return EXIT_OK
}
