import type { ShowRequest } from '../../commands/request.js'
import { manifestAt } from '../../commands/manifest-at.js'
import { describeModel, type VersionReport } from '../../commands/show.js'
import { readWorkspaceManifest } from '../../commands/workspace.js'
import { readManifestForModel } from '../../manifest/read.js'
import { EXIT_OK, print } from '../output.js'
import type { CliContext } from './context.js'
import { lastStage, pipelineOf } from '../../stages/pipeline.js'

function details(entry: VersionReport, indent: string): string[] {
  const lines: string[] = []
  if (entry.uri) lines.push(`${indent}uri: ${entry.uri}`)
  if (entry.description) lines.push(`${indent}description: ${entry.description}`)
  if (entry.blocked) lines.push(`${indent}blocked: ${entry.blocked}`)
  const metrics = Object.entries(entry.metrics).map(([name, value]) => `${name}=${value}`)
  if (metrics.length > 0) lines.push(`${indent}metrics: ${metrics.join(', ')}`)
  const metadata = Object.entries(entry.metadata).map(([key, value]) => `${key}=${JSON.stringify(value)}`)
  if (metadata.length > 0) lines.push(`${indent}metadata: ${metadata.join(', ')}`)
  return lines
}

/** What is live (in the last stage: production), and every version's stage and details (now, or --at a commit or date). */
export async function runShowCommand(context: CliContext<ShowRequest>): Promise<number> {
  const { workspace, request } = context
  const at = request.at
  const past = at === undefined ? undefined : await manifestAt(workspace, at)
  const text = past?.text ?? (await readWorkspaceManifest(workspace))
  const model = request.model
  const data = await readManifestForModel(text, past?.name ?? workspace.manifestName, model)
  const report = describeModel(data, model, request.version)
  print(context.io, context.json, past ? { ...report, commit: past.commit } : report, () => {
    const lines = past ? [`As of commit ${past.commit.slice(0, 7)}:`] : []
    if (report.version) {
      lines.push(
        `${model} ${report.version.version}: ${report.version.stage}`,
        ...details(report.version, '  ')
      )
      return lines.join('\n') + '\n'
    }
    const production = report.production
      ? `${report.production.version}${report.production.uri ? ` (${report.production.uri})` : ''}`
      : 'none'
    lines.push(`${model}: ${lastStage(pipelineOf(data)).name} ${production}`)
    for (const frozen of report.frozen)
      lines.push(`  ${frozen.stage} is frozen until ${frozen.until}: ${frozen.reason}`)
    for (const entry of report.versions)
      lines.push(`  ${entry.version.padEnd(16)} ${entry.stage}`, ...details(entry, '    '))
    return lines.join('\n') + '\n'
  })
  return EXIT_OK
}
