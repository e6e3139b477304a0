import type { Freeze, Manifest, Stage, Weekday } from '../manifest/schema.js'
import { isExclusive, pipelineOf } from './pipeline.js'

/** A freeze window open now for a stage of a model: why, and when it closes. */
export interface OpenFreeze {
  reason: string
  until: Date
  /** The monitor's rollback or block may pass it (the window says allow_monitor: true). */
  allowMonitor?: boolean
}

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const DAY_MS = 86_400_000
/** A chain of weekly windows (every day 00:00–00:00) is followed this far to say when it closes. */
const MAX_CHAIN = 8

/** Minutes since midnight of a time of day, `18:30` → 1110. */
function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}

interface WallTime {
  /** Days since 1970-01-01 of the local date. */
  day: number
  weekday: number
  minutes: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(timeZone, format)
  }
  return format
}

/** The local wall clock of an instant in a time zone, as milliseconds on a UTC scale (its offset applied). */
function localMs(instant: number, timeZone: string): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {}
  for (const part of formatter(timeZone).formatToParts(new Date(instant)))
    parts[part.type] = Number(part.value)
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts
  return Date.UTC(year, month - 1, day, hour, minute, second)
}

function wallTime(instant: number, timeZone: string): WallTime {
  const local = localMs(instant, timeZone)
  const day = Math.floor(local / DAY_MS)
  // 1970-01-01 was a Thursday: index 3 from Monday.
  return { day, weekday: (day + 3) % 7, minutes: Math.floor((local - day * DAY_MS) / 60_000) }
}

/** The instant a local wall time names in a time zone (daylight saving time followed; a skipped time moves on). */
function instantOf(day: number, minutes: number, timeZone: string): number {
  const wall = day * DAY_MS + minutes * 60_000
  let instant = wall - (localMs(wall, timeZone) - wall)
  const corrected = wall - (localMs(instant, timeZone) - instant)
  if (corrected !== instant) instant = corrected
  return instant
}

/** When a weekly window that is open at `instant` closes; undefined when it is not open then. */
function weeklyClose(freeze: Freeze, instant: number): number | undefined {
  const timeZone = freeze.timezone ?? 'UTC'
  const from = minutesOf(freeze.from ?? '00:00')
  const to = minutesOf(freeze.to ?? '00:00')
  const days = new Set((freeze.days ?? []).map(day => WEEK.indexOf(day)))
  const now = wallTime(instant, timeZone)
  const yesterday = (now.weekday + 6) % 7
  if (to > from)
    return days.has(now.weekday) && now.minutes >= from && now.minutes < to
      ? instantOf(now.day, to, timeZone)
      : undefined
  // The window runs past midnight (to at or before from): it closes the next day.
  if (days.has(now.weekday) && now.minutes >= from) return instantOf(now.day + 1, to, timeZone)
  if (days.has(yesterday) && now.minutes < to) return instantOf(now.day, to, timeZone)
  return undefined
}

/** When the window closes if it is open at `now`; undefined when it is not. */
export function freezeCloses(freeze: Freeze, now: Date): Date | undefined {
  const instant = now.getTime()
  if (freeze.days === undefined) {
    const from = Date.parse(freeze.from ?? '')
    const to = Date.parse(freeze.to ?? '')
    return from <= instant && instant < to ? new Date(to) : undefined
  }
  let close = weeklyClose(freeze, instant)
  if (close === undefined) return undefined
  // Windows that meet (Saturday 00:00–00:00 and Sunday 00:00–00:00) close when the last of them does.
  for (let step = 0; step < MAX_CHAIN; step++) {
    const next = weeklyClose(freeze, close)
    if (next === undefined || next <= close) break
    close = next
  }
  return new Date(close)
}

/** The stages a freeze holds: those it names, else every exclusive stage (what is served). */
export function frozenStages(data: Pick<Manifest, 'stages'>, freeze: Freeze): Stage[] {
  const pipeline = pipelineOf(data)
  return freeze.stages ?? pipeline.stages.filter(stage => isExclusive(pipeline, stage.name)).map(s => s.name)
}

/** The windows open at `now` that keep versions of `model` out of `stage`, the one that closes last first. */
export function openFreezes(
  data: Pick<Manifest, 'stages' | 'freezes'>,
  model: string,
  stage: Stage,
  now: Date
): OpenFreeze[] {
  const open: OpenFreeze[] = []
  for (const freeze of data.freezes ?? []) {
    if (freeze.models && !freeze.models.includes(model)) continue
    if (!frozenStages(data, freeze).includes(stage)) continue
    const until = freezeCloses(freeze, now)
    if (until)
      open.push({
        reason: freeze.reason?.trim() || 'a freeze window',
        until,
        ...(freeze.allow_monitor ? { allowMonitor: true } : {})
      })
  }
  return open.sort((a, b) => b.until.getTime() - a.until.getTime())
}

/** An instant as the messages write it: 2026-12-27T00:00:00Z. */
export function instantText(instant: Date): string {
  return instant.toISOString().replace('.000Z', 'Z')
}

/** "production is frozen until 2026-12-27T00:00:00Z: winter holiday freeze" */
export function freezeSentence(stage: Stage, freeze: OpenFreeze): string {
  return `${stage} is frozen until ${instantText(freeze.until)}: ${freeze.reason}`
}

/** A stage of a model frozen now: for show and status. */
export interface FrozenStage extends OpenFreeze {
  stage: Stage
}

/** Every stage of `model` that a window open at `now` freezes, with the window that closes last. */
export function frozenStagesOf(
  data: Pick<Manifest, 'stages' | 'freezes'>,
  model: string,
  now: Date
): FrozenStage[] {
  if (!data.freezes?.length) return []
  return pipelineOf(data).stages.flatMap(({ name }) => {
    const [latest] = openFreezes(data, model, name, now)
    return latest ? [{ stage: name, ...latest }] : []
  })
}

/** The windows open at `now`, each with the stages and models it holds: for status. */
export function openWindows(
  data: Pick<Manifest, 'stages' | 'freezes'>,
  now: Date
): Array<OpenFreeze & { stages: Stage[]; models?: string[] }> {
  return (data.freezes ?? []).flatMap(freeze => {
    const until = freezeCloses(freeze, now)
    if (!until) return []
    const reason = freeze.reason?.trim() || 'a freeze window'
    return [
      {
        reason,
        until,
        stages: frozenStages(data, freeze),
        ...(freeze.models ? { models: freeze.models } : {})
      }
    ]
  })
}
