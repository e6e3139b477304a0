import type { Gate, ModelEntry, VersionEntry } from '../manifest/schema.js'
import { baselineModeFor, gatesFor } from '../stages/gates.js'
import type { HistoryEntry } from '../stages/history.js'
import { lastStage } from '../stages/pipeline.js'
import { productionVersion } from '../stages/queries.js'
import { stageMove } from '../stages/rules.js'
import { stageHoldings } from '../stages/timeline.js'
import { timelineChart, trendChart, type Bound, type DrawnChart } from './charts.js'
import { escapeHtml, link } from './escape.js'
import { commitHtml, dateHtml, olderNote, pointHtml, stageHtml } from './format.js'
import type { OverrideRecord, Registry } from './gather.js'
import { footerHtml, sourceLine } from './index-page.js'
import { page } from './layout.js'
import type { RepositoryLinks } from './links.js'

/** A model page lists at most this many versions (the newest) and this many moves; the CLI has the rest. */
export const MAX_VERSION_ROWS = 100
export const MAX_MOVE_ROWS = 50

interface GateRule {
  stage: string
  gate: Gate
}

/** Every gated metric of the model, with the rule each stage that gates it sets, in the pipeline's order. */
function gatedMetrics(registry: Registry, model: string): Map<string, GateRule[]> {
  const metrics = new Map<string, GateRule[]>()
  for (const stage of registry.pipeline.stages)
    for (const gates of gatesFor(registry.data, model, stage.name))
      for (const [metric, gate] of Object.entries(gates)) {
        const rules = metrics.get(metric) ?? []
        rules.push({ stage: stage.name, gate })
        metrics.set(metric, rules)
      }
  return metrics
}

function rounded(value: number): number {
  return Number(value.toPrecision(6))
}

/** A change rule's threshold against the champion's value, as the gate judges it. */
function changeThreshold(gate: Gate, kind: 'max_regression' | 'min_improvement', base: number): number {
  const amount = gate[kind] as number | string
  const value = typeof amount === 'number' ? amount : (Math.abs(base) * Number(amount.slice(0, -1))) / 100
  const sign = kind === 'max_regression' ? -1 : 1
  return (gate.better ?? 'higher') === 'higher' ? base + sign * value : base - sign * value
}

function boundsOf(rules: readonly GateRule[], live: string, championValue: number | undefined): Bound[] {
  const bounds: Bound[] = []
  for (const { stage, gate } of rules) {
    const where = stage === live ? '' : `${stage}: `
    if (gate.min !== undefined) bounds.push({ value: gate.min, label: `${where}min ${gate.min}` })
    if (gate.max !== undefined) bounds.push({ value: gate.max, label: `${where}max ${gate.max}` })
    for (const kind of ['max_regression', 'min_improvement'] as const)
      if (gate[kind] !== undefined && championValue !== undefined)
        bounds.push({
          value: changeThreshold(gate, kind, championValue),
          label: `${where}${kind} ${gate[kind]}: ${rounded(changeThreshold(gate, kind, championValue))}`
        })
  }
  return bounds
}

function ruleText(gate: Gate): string {
  const parts = [`${gate.better ?? 'higher'} is better`]
  for (const key of ['min', 'max', 'max_regression', 'min_improvement', 'combine', 'weight'] as const)
    if (gate[key] !== undefined) parts.push(`${key} ${gate[key]}`)
  return parts.join(', ')
}

function figure(chart: DrawnChart, caption: string): string {
  return `<figure>${chart.svg}<figcaption>${caption}</figcaption>${olderNote(chart.older, chart.older === 1 ? 'point' : 'points')}</figure>`
}

function timelineSection(
  registry: Registry,
  model: string,
  entries: readonly HistoryEntry[],
  now: number,
  links: RepositoryLinks | undefined
): string {
  const exclusive = registry.pipeline.stages.filter(stage => stage.exclusive).map(stage => stage.name)
  const holdings = stageHoldings(entries, model, exclusive)
  if (holdings.length === 0)
    return '<h2 id="timeline">Stage timeline</h2><p class="muted">No version has held an exclusive stage in the history yet.</p>'
  const chart = timelineChart(model, holdings, exclusive, now)
  const rows = holdings
    .slice(-chart.shown)
    .reverse()
    .map(
      holding =>
        `<tr><td>${escapeHtml(holding.stage)}</td><td class="mono">${escapeHtml(holding.version)}</td>` +
        `<td>${pointHtml(holding.since, links)}</td><td>${holding.until ? pointHtml(holding.until, links) : '<span class="stage live">holds it</span>'}</td></tr>`
    )
    .join('')
  return (
    '<h2 id="timeline">Stage timeline</h2>' +
    figure(chart, `Which version held ${exclusive.map(escapeHtml).join(' and ')} over time.`) +
    '<details><summary>The holdings as a table</summary><div class="scroll"><table><thead><tr><th scope="col">Stage</th>' +
    `<th scope="col">Version</th><th scope="col">From</th><th scope="col">Until</th></tr></thead><tbody>${rows}</tbody></table></div></details>`
  )
}

function trendsSection(registry: Registry, model: string, entry: ModelEntry): string {
  const live = lastStage(registry.pipeline).name
  const gated = gatedMetrics(registry, model)
  const champion = productionVersion(registry.data, model)
  const championMetrics = champion === undefined ? undefined : entry.versions.get(champion)?.metrics
  const figures: string[] = []
  for (const [metric, rules] of gated) {
    const points: Array<{ version: string; value: number }> = []
    for (const [version, details] of entry.versions) {
      const value = details.metrics?.[metric]
      if (value !== undefined && Object.hasOwn(details.metrics ?? {}, metric)) points.push({ version, value })
    }
    if (points.length === 0) continue
    const championValue =
      championMetrics && Object.hasOwn(championMetrics, metric) ? championMetrics[metric] : undefined
    const bounds = boundsOf(rules, live, championValue)
    const chart = trendChart(
      model,
      metric,
      points,
      bounds,
      champion === undefined ? undefined : { version: champion, stage: live }
    )
    const gate = `gated: ${rules.map(rule => `${rule.stage === live ? '' : `${escapeHtml(rule.stage)}: `}${escapeHtml(ruleText(rule.gate))}`).join('; ')}`
    figures.push(
      `<h3>${escapeHtml(metric)}</h3>` +
        figure(
          chart,
          `${escapeHtml(metric)} of each version, in the order registered (${gate}).${champion !== undefined ? ` The diamond marks ${escapeHtml(live)}.` : ''}`
        )
    )
  }
  if (figures.length === 0)
    return (
      '<h2 id="trends">Metric trends</h2><p class="muted">' +
      (gated.size === 0
        ? 'No metric gate applies to this model: its metrics are in the versions table.'
        : 'No version records a gated metric.') +
      '</p>'
    )
  return `<h2 id="trends">Metric trends</h2>${figures.join('')}`
}

function pipelineSection(registry: Registry, model: string, entry: ModelEntry): string {
  const validate = entry.validate ?? registry.data.defaults?.validate
  const stages = registry.pipeline.stages
    .map(stage => {
      const facts = [
        stage.exclusive ? 'exclusive' : '',
        stage.soak ? `soak ${escapeHtml(stage.soak)}` : '',
        stage.environment ? `environment ${escapeHtml(stage.environment)}` : '',
        stage.validate ? `validates with <code>${escapeHtml(stage.validate)}</code>` : ''
      ].filter(Boolean)
      return `<li><strong>${escapeHtml(stage.name)}</strong>${facts.length > 0 ? ` — ${facts.join(', ')}` : ''}</li>`
    })
    .join('')
  const gateRows: string[] = []
  for (const stage of registry.pipeline.stages)
    for (const gates of gatesFor(registry.data, model, stage.name))
      for (const [metric, gate] of Object.entries(gates))
        gateRows.push(
          `<tr><td>${escapeHtml(stage.name)}</td><td>${escapeHtml(metric)}</td><td>${escapeHtml(ruleText(gate))}</td></tr>`
        )
  const gates =
    gateRows.length > 0
      ? `<div class="scroll"><table><caption>Metric gates (baseline: ${escapeHtml(baselineModeFor(registry.data, model))})</caption><thead><tr><th scope="col">To enter</th><th scope="col">Metric</th><th scope="col">Rule</th></tr></thead><tbody>${gateRows.join('')}</tbody></table></div>`
      : '<p class="muted">No metric gates apply.</p>'
  return (
    '<h2 id="gates">Gates and pipeline</h2>' +
    `<ol>${stages}</ol>` +
    `<p>Validation: ${validate ? `<code>${escapeHtml(validate)}</code>` : '<span class="muted">none declared</span>'}</p>` +
    gates
  )
}

function metricsHtml(details: VersionEntry): string {
  const metrics = Object.entries(details.metrics ?? {})
  if (metrics.length === 0) return ''
  return metrics.map(([name, value]) => `${escapeHtml(name)}&nbsp;${escapeHtml(String(value))}`).join('<br>')
}

function metadataText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
}

function notesHtml(details: VersionEntry): string {
  const parts: string[] = []
  if (details.description) parts.push(escapeHtml(details.description))
  for (const [key, value] of Object.entries(details.metadata ?? {})) {
    const text = metadataText(value)
    const shown = /^https?:\/\//i.test(text) ? link(text, text) : escapeHtml(text)
    parts.push(`<span class="muted">${escapeHtml(key)}:</span> ${shown}`)
  }
  return parts.join('<br>')
}

function artifactHtml(details: VersionEntry): string {
  const parts: string[] = []
  if (details.uri)
    parts.push(
      /^https?:\/\//i.test(details.uri)
        ? link(details.uri, details.uri)
        : `<span class="mono">${escapeHtml(details.uri)}</span>`
    )
  if (details.digest)
    parts.push(
      `<span class="mono" title="${escapeHtml(details.digest)}">${escapeHtml(details.digest.slice(0, 19))}…</span>`
    )
  return parts.join('<br>')
}

function versionsSection(
  registry: Registry,
  entry: ModelEntry,
  entries: readonly HistoryEntry[],
  links: RepositoryLinks | undefined
): string {
  const live = lastStage(registry.pipeline).name
  const moves = new Map<string, HistoryEntry[]>()
  for (const move of entries) {
    const list = moves.get(move.version) ?? []
    list.push(move)
    moves.set(move.version, list)
  }
  const all = [...entry.versions]
  const shown = all.slice(-MAX_VERSION_ROWS).reverse()
  const rows = shown
    .map(([version, details]) => {
      const history = (moves.get(version) ?? [])
        .map(
          move =>
            `<li>${move.from === null ? 'registered in' : '→'} ${escapeHtml(move.to ?? 'removed')} <span class="note">${pointHtml(move, links)}</span></li>`
        )
        .join('')
      return (
        `<tr><th scope="row" class="mono">${escapeHtml(version)}</th><td>${stageHtml(details.stage, live)}</td>` +
        `<td>${artifactHtml(details)}</td><td>${metricsHtml(details)}</td><td>${notesHtml(details)}</td>` +
        `<td>${history ? `<ul class="moves">${history}</ul>` : '<span class="muted">none recorded</span>'}</td></tr>`
      )
    })
    .join('\n')
  return (
    '<h2 id="versions">Versions</h2><div class="scroll"><table><caption>Newest first</caption><thead><tr>' +
    '<th scope="col">Version</th><th scope="col">Stage</th><th scope="col">Artifact</th><th scope="col">Metrics</th>' +
    `<th scope="col">Notes</th><th scope="col">Registered, and each stage entered</th></tr></thead><tbody>\n${rows}\n</tbody></table></div>` +
    (all.length > shown.length
      ? `<p class="note">${all.length - shown.length} older versions not shown here: <code>model-stages show MODEL</code> lists every one.</p>`
      : '')
  )
}

function overridesSection(overrides: readonly OverrideRecord[], links: RepositoryLinks | undefined): string {
  if (overrides.length === 0)
    return '<h2 id="overrides">Overrides</h2><p class="muted">No move of this model was forced past its guards.</p>'
  const rows = [...overrides]
    .reverse()
    .map(
      override =>
        `<tr><td>${dateHtml(override.date)}</td><td>${escapeHtml(override.author)}</td><td>${commitHtml(override.commit, links)}</td>` +
        `<td>${escapeHtml(override.reason)}</td><td>${override.moves.map(move => `<span class="mono">${escapeHtml(move)}</span>`).join('<br>')}</td></tr>`
    )
    .join('')
  return (
    '<h2 id="overrides">Overrides</h2><div class="scroll"><table><caption>Moves forced past a soak or a metric gate, with the reason recorded (<code>Model-Stage-Override</code>)</caption>' +
    '<thead><tr><th scope="col">Date</th><th scope="col">By</th><th scope="col">Commit</th><th scope="col">Reason</th><th scope="col">Moves</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></div>`
  )
}

function movesSection(entries: readonly HistoryEntry[], links: RepositoryLinks | undefined): string {
  if (entries.length === 0) return ''
  const shown = entries.slice(-MAX_MOVE_ROWS).reverse()
  const rows = shown
    .map(
      move =>
        `<tr><td>${dateHtml(move.date)}</td><td class="mono">${escapeHtml(move.version)}</td><td>${escapeHtml(stageMove(move.from, move.to))}</td>` +
        `<td>${escapeHtml(move.author ?? '')}</td><td>${commitHtml(move.commit, links)}</td><td>${move.pullRequest === null ? '' : link(`#${move.pullRequest}`, links?.pullRequest(move.pullRequest))}</td></tr>`
    )
    .join('')
  return (
    '<h2 id="moves">Moves</h2><div class="scroll"><table><caption>Newest first</caption><thead><tr><th scope="col">Date</th><th scope="col">Version</th>' +
    `<th scope="col">Move</th><th scope="col">By</th><th scope="col">Commit</th><th scope="col">Pull request</th></tr></thead><tbody>${rows}</tbody></table></div>` +
    olderNote(entries.length - shown.length, 'moves')
  )
}

function standing(registry: Registry, entry: ModelEntry): string {
  const live = lastStage(registry.pipeline).name
  return registry.pipeline.stages
    .map(stage => {
      const versions = [...entry.versions]
        .filter(([, details]) => details.stage === stage.name)
        .map(([version]) => version)
      const text =
        versions.length === 0
          ? '<span class="muted">—</span>'
          : versions
              .slice(-5)
              .map(version => `<span class="mono">${escapeHtml(version)}</span>`)
              .join(', ') +
            (versions.length > 5 ? ` <span class="note">and ${versions.length - 5} more</span>` : '')
      return `<dt>${stageHtml(stage.name, live)}</dt><dd>${text}</dd>`
    })
    .join('')
}

/** models/NAME.html: a model's standing, stage timeline, metric trends, gates, versions, overrides and moves. */
export function modelPage(
  registry: Registry,
  model: string,
  entry: ModelEntry,
  now: number,
  links: RepositoryLinks | undefined
): string {
  const entries = registry.history.get(model) ?? []
  const main = [
    `<dl class="facts">${standing(registry, entry)}</dl>`,
    '<p class="note"><a href="#timeline">Timeline</a> · <a href="#trends">Metric trends</a> · <a href="#gates">Gates and pipeline</a> · ' +
      '<a href="#versions">Versions</a> · <a href="#overrides">Overrides</a>' +
      (entries.length > 0 ? ' · <a href="#moves">Moves</a>' : '') +
      '</p>',
    timelineSection(registry, model, entries, now, links),
    trendsSection(registry, model, entry),
    pipelineSection(registry, model, entry),
    versionsSection(registry, entry, entries, links),
    overridesSection(registry.overrides.get(model) ?? [], links),
    movesSection(entries, links)
  ].join('\n')
  return page({
    title: `${model} · Model registry`,
    root: '../',
    header: `<nav><a href="../index.html">← Model registry</a></nav><h1>${escapeHtml(model)}</h1><p>${sourceLine(registry, links)}</p>`,
    main,
    footer: footerHtml(registry)
  })
}
