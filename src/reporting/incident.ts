import type { MonitoredVersion } from '../commands/monitor.js'
import { monitorMarkdown } from './monitor.js'

/** The hidden line an incident issue is found by: the model, how many runs in a row failed, and the last run. */
export function incidentMarker(model: string): string {
  return `<!-- model-stages:incident:${model} `
}

export function incidentState(body: string, model: string): { failures: number; run?: string } {
  const line = body.split('\n').find(text => text.startsWith(incidentMarker(model)))
  const failures = Number(/failures=(\d+)/.exec(line ?? '')?.[1] ?? 0)
  const run = /run=(\S+)/.exec(line ?? '')?.[1]
  return { failures, ...(run && run !== '-' ? { run } : {}) }
}

export function incidentTitle(model: string, failing: readonly MonitoredVersion[]): string {
  return `model-stages: ${model} ${failing.map(entry => `${entry.version} (${entry.stage})`).join(', ')} fails its monitor`
}

export function incidentBody(
  model: string,
  failing: readonly MonitoredVersion[],
  state: { failures: number; run?: string },
  action: string,
  runUrl?: string
): string {
  return [
    `${incidentMarker(model)}failures=${state.failures} run=${state.run ?? '-'} -->`,
    `**${model}** fails its monitor: ${state.failures} run${state.failures === 1 ? '' : 's'} in a row.`,
    monitorMarkdown(failing),
    action,
    runUrl ? `Last checked by [this workflow run](${runUrl}).` : '',
    '<sub>Opened by model-stages monitor. It is updated by each failing run and closed by the first passing one.</sub>'
  ]
    .filter(Boolean)
    .join('\n\n')
}
