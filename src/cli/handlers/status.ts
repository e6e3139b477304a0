import { readWorkspaceManifest } from '../../commands/workspace.js'
import { readManifest } from '../../manifest/read.js'
import { instantText, openWindows } from '../../stages/freezes.js'
import { lastStage, pipelineOf } from '../../stages/pipeline.js'
import { manifestStatus, type ModelStatus } from '../../stages/queries.js'
import { EXIT_OK, print } from '../output.js'
import type { CliContext } from './context.js'

/**
 * One row per model: the live version, the newest candidate, then each earlier stage (its version when it is
 * exclusive, else how many it holds) and how many are archived.
 */
export async function runStatusCommand(context: CliContext): Promise<number> {
  const { workspace } = context
  const data = await readManifest(await readWorkspaceManifest(workspace), workspace.manifestName)
  const models = manifestStatus(data)
  const pipeline = pipelineOf(data)
  const earlier = pipeline.stages.slice(0, -1)
  const frozen = openWindows(data, new Date()).map(window => ({
    ...window,
    until: instantText(window.until)
  }))
  const frozenLines = frozen.map(
    window =>
      `Frozen until ${window.until}: ${window.stages.join(', ')}${window.models ? ` of ${window.models.join(', ')}` : ''} (${window.reason})`
  )
  print(context.io, context.json, { models, frozen }, () => {
    if (models.length === 0) return `${workspace.manifestName} has no models yet.\n`
    const versionsIn = (m: ModelStatus, stage: string) =>
      m.stages?.[stage] ?? (stage === pipeline.stages[0]?.name ? m.staging : [])
    const rows = [
      [
        'MODEL',
        lastStage(pipeline).name.toUpperCase(),
        'CANDIDATE',
        ...earlier.map(stage => stage.name.toUpperCase()),
        'ARCHIVED'
      ],
      ...models.map(m => [
        m.model,
        m.production ?? '-',
        m.staging[m.staging.length - 1] ?? '-',
        ...earlier.map(stage =>
          stage.exclusive ? (versionsIn(m, stage.name)[0] ?? '-') : String(versionsIn(m, stage.name).length)
        ),
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
        .join('\n') +
      '\n' +
      frozenLines.map(line => `${line}\n`).join('')
    )
  })
  return EXIT_OK
}
