import type { MonitoredVersion } from '../commands/monitor.js'
import { markdownTable, outputTailBlock } from './markdown.js'

/** The evidence of a monitor run, as the summary and an incident issue show it. */
export function monitorMarkdown(monitored: readonly MonitoredVersion[]): string {
  if (monitored.length === 0) return 'No version is served (no exclusive stage holds one).'
  const table = markdownTable(
    ['Model', 'Version', 'Stage', 'Result', 'Checks'],
    monitored.map(entry => [
      entry.model,
      `\`${entry.version}\``,
      entry.stage,
      entry.passed ? '✅ passed' : '❌ failed',
      entry.checks.map(check => `${check.passed ? '✅' : '❌'} ${check.kind}: ${check.detail}`).join('<br>')
    ])
  )
  const tails = monitored
    .filter(entry => !entry.passed && entry.run)
    .map(
      entry => `**${entry.model} \`${entry.version}\`** (${entry.stage}):\n\n${outputTailBlock(entry.run)}`
    )
  return [table, ...tails].join('\n\n')
}

export function monitorText(monitored: readonly MonitoredVersion[]): string {
  if (monitored.length === 0) return 'No version is served (no exclusive stage holds one).\n'
  return (
    monitored
      .flatMap(entry => [
        `${entry.model} ${entry.version} (${entry.stage}): ${entry.passed ? 'passed' : 'FAILED'}`,
        ...entry.checks.map(check => `  ${check.passed ? 'ok  ' : 'FAIL'} ${check.kind}: ${check.detail}`)
      ])
      .join('\n') + '\n'
  )
}
