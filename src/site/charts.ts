import * as echarts from 'echarts/core'
import {
  CustomChart,
  LineChart,
  ScatterChart,
  type CustomSeriesOption,
  type LineSeriesOption,
  type ScatterSeriesOption
} from 'echarts/charts'
import {
  GridComponent,
  MarkLineComponent,
  type GridComponentOption,
  type MarkLineComponentOption
} from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { Holding } from '../stages/timeline.js'
import { escapeHtml } from './escape.js'

/*
 * Charts are drawn by Apache ECharts' server-side SVG renderer at build time: a page carries the SVG itself and
 * needs no script to show it. ECharts' SSR writes no accessible name (its aria labels need a DOM), so each SVG gets
 * a role, a label and a title here; and its inline styles become presentation attributes, so that the pages'
 * Content-Security-Policy (no inline style) holds.
 */

echarts.use([CustomChart, LineChart, ScatterChart, GridComponent, MarkLineComponent, SVGRenderer])

type ChartOption = echarts.ComposeOption<
  CustomSeriesOption | LineSeriesOption | ScatterSeriesOption | GridComponentOption | MarkLineComponentOption
>

/** At most this many points in one chart: the newest, and the count of the rest said below it. */
export const MAX_CHART_POINTS = 40

const WIDTH = 720
const FONT = 'system-ui, sans-serif'
const TEXT = '#1f2328'
const PALETTE = ['#2f6fdf', '#d9480f', '#2b8a3e', '#862e9c', '#c2255c', '#0b7285', '#e67700', '#5c940d']

/** Time axis labels by level: a day names its month, so that a short history still reads as dates. */
const TIME_LABELS = {
  year: '{yyyy}',
  month: '{MMM} {yyyy}',
  day: '{MMM} {d}',
  hour: '{MMM} {d} {HH}:{mm}',
  minute: '{HH}:{mm}',
  second: '{HH}:{mm}:{ss}',
  millisecond: '{HH}:{mm}:{ss}'
}

let chartCount = 0

/** ECharts' SVG, made to stand inside a page: labelled, CSP-clean, with ids of its own. */
function finish(svg: string, label: string): string {
  const id = `chart${++chartCount}`
  return (
    svg
      // Hover rules only: the chart is static.
      .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
      .replace(/ class="zr\d+-cls-\d+"/g, '')
      .replace(/ style="([^"]*)"/g, (_, declarations: string) =>
        declarations
          .split(';')
          .map(declaration => declaration.split(':'))
          .filter(([name, value]) => name?.trim() && value?.trim())
          .map(([name, value]) => ` ${name?.trim()}="${escapeHtml(value?.trim() ?? '')}"`)
          .join('')
      )
      .replace(/\bzr\d+-/g, `${id}-`)
      .replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" focusable="false" class="chart" `)
      .replace(/(<svg[^>]*>)/, `$1<title>${escapeHtml(label)}</title>`)
  )
}

/** One chart per height, drawn again for each chart of that size: setting up a chart costs more than drawing one. */
const charts = new Map<number, echarts.ECharts>()

function render(option: ChartOption, height: number, label: string): string {
  let chart = charts.get(height)
  if (!chart) {
    chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height })
    charts.set(height, chart)
  }
  chart.setOption(
    { animation: false, textStyle: { fontFamily: FONT, color: TEXT }, ...option },
    { notMerge: true }
  )
  return finish(chart.renderToSVGString(), label)
}

/** Disposes of the charts kept for drawing: a chart left open keeps the process alive (its animation loop). */
export function closeCharts(): void {
  for (const chart of charts.values()) chart.dispose()
  charts.clear()
}

export interface DrawnChart {
  svg: string
  /** How many points it draws, and how many older ones it leaves out. */
  shown: number
  older: number
}

/** The newest `MAX_CHART_POINTS` of a list kept oldest first. */
function newest<T>(items: readonly T[]): { items: readonly T[]; older: number } {
  const older = Math.max(0, items.length - MAX_CHART_POINTS)
  return { items: items.slice(older), older }
}

function time(date: string | null, fallback: number): number {
  const value = date === null ? NaN : Date.parse(date)
  return Number.isNaN(value) ? fallback : value
}

/**
 * Which version held each exclusive stage over time: one row per stage, one bar per holding, labelled with its
 * version where it fits. A holding still open runs to `now` (the newest move of the registry).
 */
export function timelineChart(
  model: string,
  holdings: readonly Holding[],
  stages: readonly string[],
  now: number
): DrawnChart {
  const { items, older } = newest(holdings)
  const versions = [...new Set(items.map(holding => holding.version))]
  const start = Math.min(...items.map(holding => time(holding.since.date, now)))
  const span = Math.max(now - start, 60_000)
  const data = items.map(holding => {
    const from = time(holding.since.date, now)
    const to = holding.until === null ? now + span * 0.03 : time(holding.until.date, now)
    return {
      value: [stages.indexOf(holding.stage), from, Math.max(to, from), holding.version],
      itemStyle: { color: PALETTE[versions.indexOf(holding.version) % PALETTE.length] }
    }
  })
  const series: CustomSeriesOption = {
    type: 'custom',
    silent: true,
    encode: { x: [1, 2], y: 0 },
    data,
    renderItem: (params, api) => {
      const row = api.value(0)
      const [x0 = 0, y = 0] = api.coord([api.value(1), row])
      const [x1 = 0] = api.coord([api.value(2), row])
      const size = api.size?.([0, 1]) as number[] | undefined
      const height = Math.min(28, (size?.[1] ?? 40) * 0.6)
      const width = Math.max(3, x1 - x0)
      const version = String(api.value(3))
      return {
        type: 'rect',
        shape: { x: x0, y: y - height / 2, width, height },
        style: { fill: api.visual('color') as string },
        ...(width >= version.length * 7 + 8
          ? {
              textContent: {
                type: 'text' as const,
                style: { text: version, fill: '#fff', fontFamily: FONT, fontSize: 12 }
              },
              textConfig: { position: 'inside' as const }
            }
          : {})
      }
    }
  }
  const shown = items.length
  const latest = items.filter(holding => holding.until === null).map(h => `${h.version} in ${h.stage}`)
  const label =
    `Stage timeline of ${model}: ${shown} holding${shown === 1 ? '' : 's'} of ${stages.join(', ')}` +
    (latest.length > 0 ? `; now ${latest.join(', ')}` : '') +
    (older > 0 ? `; ${older} older not shown` : '')
  const option: ChartOption = {
    useUTC: true,
    grid: { left: 96, right: 24, top: 12, bottom: 36 },
    xAxis: {
      type: 'time',
      min: start - span * 0.02,
      max: now + span * 0.03,
      axisLabel: { hideOverlap: true, formatter: TIME_LABELS }
    },
    yAxis: { type: 'category', data: [...stages], inverse: true, axisTick: { show: false } },
    series: [series]
  }
  return { svg: render(option, 40 + stages.length * 44, label), shown, older }
}

export interface TrendPoint {
  version: string
  value: number
}

/** A bound drawn across a trend chart: `min 0.85`, or a change rule as it stands against the champion's value. */
export interface Bound {
  value: number
  label: string
}

function rounded(value: number): number {
  return Number(value.toPrecision(6))
}

/** Bounds and a step that read well (0.80, 0.85, 0.90), with room around the values. */
function niceAxis(low: number, high: number): { min: number; max: number; interval: number } {
  const raw = (high - low || Math.abs(high) || 1) / 4
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map(factor => factor * magnitude).find(size => size >= raw) ?? raw
  const min = Math.floor((low - raw * 0.25) / step) * step
  const max = Math.ceil((high + raw * 0.25) / step) * step
  return { min: rounded(min), max: rounded(max), interval: rounded(step) }
}

/**
 * One metric across versions (the order written, newest last), the gate's bounds drawn across it and the champion
 * (the version in the last stage) marked.
 */
export function trendChart(
  model: string,
  metric: string,
  points: readonly TrendPoint[],
  bounds: readonly Bound[],
  champion: { version: string; stage: string } | undefined
): DrawnChart {
  const { items, older } = newest(points)
  const values = [...items.map(point => point.value), ...bounds.map(bound => bound.value)]
  const axis = niceAxis(Math.min(...values), Math.max(...values))
  const crowned = items.find(point => point.version === champion?.version)
  const line: LineSeriesOption = {
    type: 'line',
    name: metric,
    silent: true,
    symbol: 'circle',
    symbolSize: 7,
    data: items.map(point => point.value),
    lineStyle: { color: PALETTE[0], width: 2 },
    itemStyle: { color: PALETTE[0] },
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: '#c92a2a', type: 'dashed', width: 1.5 },
      label: { position: 'insideEndTop', color: '#c92a2a', fontFamily: FONT },
      // Labels at alternate ends, so that two bounds close together stay readable.
      data: bounds.map((bound, index) => ({
        yAxis: bound.value,
        label: { formatter: bound.label, position: index % 2 === 0 ? 'insideEndTop' : 'insideStartTop' }
      }))
    }
  }
  const series: ChartOption['series'] = [line]
  if (crowned && champion)
    series.push({
      type: 'scatter',
      name: champion.stage,
      silent: true,
      symbol: 'diamond',
      symbolSize: 16,
      itemStyle: { color: '#e67700', borderColor: '#fff', borderWidth: 1 },
      label: {
        show: true,
        position: 'top',
        formatter: champion.stage,
        color: TEXT,
        fontFamily: FONT,
        fontWeight: 'bold'
      },
      data: [[crowned.version, crowned.value]]
    })
  const first = items[0]
  const last = items[items.length - 1]
  const label =
    `${metric} of ${model} across ${items.length} version${items.length === 1 ? '' : 's'}` +
    (first && last
      ? `, from ${rounded(first.value)} (${first.version}) to ${rounded(last.value)} (${last.version})`
      : '') +
    (crowned && champion ? `; ${champion.stage} ${crowned.version}: ${rounded(crowned.value)}` : '') +
    (bounds.length > 0 ? `; gate: ${bounds.map(bound => bound.label).join(', ')}` : '') +
    (older > 0 ? `; ${older} older not shown` : '')
  const option: ChartOption = {
    grid: { left: 64, right: 24, top: 28, bottom: 36 },
    xAxis: {
      type: 'category',
      data: items.map(point => point.version),
      axisLabel: { hideOverlap: true }
    },
    yAxis: { type: 'value', ...axis },
    series
  }
  return { svg: render(option, 240, label), shown: items.length, older }
}
