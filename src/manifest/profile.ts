import {
  boolCoreTag,
  EVENT_ALIAS,
  EVENT_DOCUMENT,
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  NOT_RESOLVED,
  nullCoreTag,
  parseEvents,
  SCALAR_STYLE_DOUBLE_QUOTED,
  SCALAR_STYLE_PLAIN,
  YAMLException,
  type Event,
  type ScalarEvent
} from 'js-yaml'

/*
 * The manifest is plain data. One strict profile, checked on js-yaml's event stream before any value is built:
 * no anchors or aliases, merge keys, tags, directives or second documents; keys are text, never __proto__,
 * constructor or prototype, and appear once in their map; no control character but tab in any scalar (a line
 * break in a block scalar is text); no lone CR line ending; nesting bounded. A text that passes means the same to
 * every YAML reader, so what `check` reviews is exactly what every other command reads.
 */

/** How deep maps and lists may nest: a manifest needs six levels, metadata a few more. */
export const MAX_NESTING = 32

/** A text that breaks the profile everywhere (an alias bomb) is told in this many problems, then counted. */
const MAX_PROBLEMS = 20

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
/** Control characters but tab, line feed and CR (line breaks are checked apart): C0, DEL, C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/
// eslint-disable-next-line no-control-regex -- likewise, with CR too (a quoted value may hold \n, never \r)
const LINE_BREAK_IN_VALUE = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/
const LONE_CR = /\r(?!\n)/
/** The core schema's implicit scalar types other than text: a plain key that one of them reads is not text. */
const NON_TEXT_TAGS = [
  { tag: nullCoreTag, reads: 'null' },
  { tag: boolCoreTag, reads: 'a boolean' },
  { tag: intCoreTag, reads: 'a number' },
  { tag: floatCoreTag, reads: 'a number' }
]

/** A place in the text, by offset, and what is wrong there. */
export interface ProfileProblem {
  offset: number
  message: string
}

export interface PlainData {
  /** The document's value: maps are plain objects (safe: no key can reach a prototype). */
  value: unknown
  /** Each model's version keys in the order written (a JavaScript object puts integer-like keys first). */
  versionOrder: Map<string, string[]>
}

type Role = 'key' | 'value' | 'item' | 'root'

interface Frame {
  isMap: boolean
  /** The value being built: an object for a map (no key can reach a prototype: they are refused first), a list. */
  container: Record<string, unknown> | unknown[]
  expectKey: boolean
  /** The key of the value being read (maps), or the index of the item (lists). */
  current: string | number
  /** The keys down to this collection, for naming what a key is and for the version order. */
  path: ReadonlyArray<string | number>
  role: Role
  /** When this collection is a model's versions map: its keys in order. */
  order?: string[]
}

/**
 * A plain scalar as the core schema reads it, with js-yaml's own resolvers in the schema's order (null, boolean,
 * integer, float, else text); `reads` names what it is when it is not text.
 */
function resolvePlain(source: string): { value: unknown; reads?: string } {
  const first = source.charAt(0)
  for (const { tag, reads } of NON_TEXT_TAGS) {
    if (tag.implicitFirstChars !== null && !tag.implicitFirstChars.includes(first)) continue
    const value = tag.resolve(source, false, tag.tagName)
    if (value !== NOT_RESOLVED) return { value, reads }
  }
  return { value: source }
}

/** Keys repeat (stage, uri, metrics…): each is resolved once per process. */
const keyReadings = new Map<string, string | undefined>()

/** What YAML reads a plain key as when it is not text ("a number"), else undefined. */
function nonTextReading(source: string): string | undefined {
  if (keyReadings.has(source)) return keyReadings.get(source)
  const { reads } = resolvePlain(source)
  keyReadings.set(source, reads)
  return reads
}

/** The path of every collection below the third level: nothing there is named by its path. */
const DEEP: ReadonlyArray<string | number> = ['', '', '', '']

function keyKind(path: ReadonlyArray<string | number>): string {
  if (path.length === 1 && path[0] === 'models') return 'model name'
  if (path.length === 3 && path[0] === 'models' && path[2] === 'versions') return 'version'
  return 'key'
}

function scalarText(text: string, event: ScalarEvent): string {
  return event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event)
}

function describeControl(value: string): string {
  const code = CONTROL.exec(value)?.[0]?.charCodeAt(0) ?? 0
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Checks a text against the profile and, when it passes, reads its value. Problems carry offsets; the caller turns
 * them into lines and columns.
 */
export function readPlainData(text: string): { data?: PlainData; problems: ProfileProblem[] } {
  const problems: ProfileProblem[] = []
  const loneCr = LONE_CR.exec(text)
  if (loneCr)
    problems.push({
      offset: loneCr.index,
      message: 'a line ends with a lone carriage return (CR): save the file with LF or CRLF line endings'
    })
  const raw = CONTROL.exec(text)
  if (raw)
    problems.push({
      offset: raw.index,
      message: `control character ${describeControl(raw[0])} in the text: only tab and line breaks are allowed`
    })
  // A byte-order mark belongs at the start of a file; inside it, readers disagree on what it means.
  const bom = text.indexOf('\ufeff', 1)
  if (bom !== -1)
    problems.push({
      offset: bom,
      message: 'a byte-order mark (U+FEFF) inside the text: it may only start the file; remove it'
    })
  if (problems.length > 0) return { problems }

  let events: Event[]
  try {
    events = parseEvents(text, { maxDepth: MAX_NESTING })
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error
    const nesting = /maxDepth/.test(error.reason)
    return {
      problems: [
        {
          offset: error.mark?.position ?? 0,
          message: nesting
            ? `maps and lists nest deeper than ${MAX_NESTING} levels: a manifest is flat data`
            : `YAML syntax: ${error.reason}`
        }
      ]
    }
  }
  const versionOrder = new Map<string, string[]>()
  const value = walk(text, events, problems, versionOrder)
  if (problems.length > MAX_PROBLEMS)
    return {
      problems: [
        ...problems.slice(0, MAX_PROBLEMS),
        {
          offset: problems[MAX_PROBLEMS]?.offset ?? 0,
          message: `and ${problems.length - MAX_PROBLEMS} more problem(s) like these, not listed`
        }
      ]
    }
  if (problems.length > 0) return { problems }
  return { data: { value, versionOrder }, problems }
}

/**
 * One pass over the events: each is checked against the profile, and the document's value is built as the core
 * schema reads it (what js-yaml's load gives; the differential tests hold it to that, and to eemeli/yaml).
 */
function walk(
  text: string,
  events: readonly Event[],
  problems: ProfileProblem[],
  versionOrder: Map<string, string[]>
): unknown {
  const stack: Frame[] = []
  let documents = 0
  let root: unknown = null
  const problem = (offset: number, message: string) => problems.push({ offset, message })
  const place = (parent: Frame | undefined, role: Role, value: unknown) => {
    if (problems.length > 0) return
    if (!parent) root = value
    else if (role === 'value') (parent.container as Record<string, unknown>)[parent.current as string] = value
    else if (role === 'item') (parent.container as unknown[]).push(value)
  }

  const finish = (parent: Frame | undefined, role: Role) => {
    if (!parent) return
    if (role === 'key') parent.expectKey = false
    else if (role === 'value') parent.expectKey = true
    else if (role === 'item') parent.current = (parent.current as number) + 1
  }

  for (const event of events) {
    if (event.type === EVENT_DOCUMENT) {
      documents++
      if (event.directives.length > 0) {
        const directive = /^%/m.exec(text)
        problem(
          directive?.index ?? 0,
          'a % directive (%YAML, %TAG): the manifest is plain YAML 1.2; remove it'
        )
      }
      if (documents === 2) {
        const marker = /^(---|\.\.\.)/m.exec(text)
        problem(
          marker?.index ?? 0,
          'a second YAML document: the manifest is one document; remove what follows'
        )
      }
      continue
    }
    if (event.type === EVENT_POP) {
      const frame = stack.pop()
      if (frame?.order && typeof frame.path[1] === 'string') versionOrder.set(frame.path[1], frame.order)
      if (frame) finish(stack[stack.length - 1], frame.role)
      continue
    }
    const parent = stack[stack.length - 1]
    const role: Role = !parent ? 'root' : parent.isMap ? (parent.expectKey ? 'key' : 'value') : 'item'

    if (event.type === EVENT_ALIAS) {
      problem(
        event.anchorStart - 1,
        'an alias (*name): anchors and aliases are not allowed in the manifest; write the value out'
      )
      finish(parent, role)
      continue
    }
    if (event.anchorStart !== -1)
      problem(
        event.anchorStart - 1,
        'an anchor (&name): anchors and aliases are not allowed in the manifest; write the value out'
      )
    if (event.tagStart !== -1)
      problem(
        event.tagStart,
        `a tag (${text.slice(event.tagStart, event.tagEnd)}): tags are not allowed in the manifest; remove it`
      )

    if (event.type === EVENT_SCALAR) {
      const value = scalarText(text, event)
      if (role === 'key' && parent) {
        checkKey(event, value, parent, problem)
      } else if (
        event.style === SCALAR_STYLE_DOUBLE_QUOTED &&
        !event.fast &&
        LINE_BREAK_IN_VALUE.test(value)
      ) {
        problem(
          event.valueStart,
          `control character ${describeControl(value)} in a quoted value: only tab and line breaks are allowed`
        )
      } else place(parent, role, event.style === SCALAR_STYLE_PLAIN ? resolvePlain(value).value : value)
      finish(parent, role)
      continue
    }

    if (role === 'key')
      problem(
        event.type === EVENT_MAPPING || event.type === EVENT_SEQUENCE ? event.start : 0,
        'a map or list used as a key: keys are text'
      )
    // Only the first three keys name anything (models → name → versions): deeper paths are not kept.
    const path = !parent ? [] : parent.path.length < 3 ? [...parent.path, parent.current] : DEEP
    const isMap = event.type === EVENT_MAPPING
    const isVersions = isMap && path.length === 3 && path[0] === 'models' && path[2] === 'versions'
    const container = isMap ? {} : []
    place(parent, role, container)
    stack.push({
      isMap,
      container,
      expectKey: true,
      current: isMap ? '' : 0,
      path,
      role,
      order: isVersions ? [] : undefined
    })
  }
  return root
}

function checkKey(
  event: ScalarEvent,
  key: string,
  parent: Frame,
  problem: (offset: number, message: string) => void
): void {
  const where = event.valueStart - (event.style === SCALAR_STYLE_PLAIN ? 0 : 1)
  parent.current = key
  if (event.style === SCALAR_STYLE_PLAIN && key === '<<') {
    problem(where, 'a merge key (<<): the manifest is plain data; write the entries out')
    return
  }
  if (FORBIDDEN_KEYS.has(key)) {
    problem(
      where,
      `${JSON.stringify(key)} cannot be a key: it names a part of every JavaScript object; rename it`
    )
    return
  }
  const reading = event.style === SCALAR_STYLE_PLAIN ? nonTextReading(key) : undefined
  if (reading) {
    problem(
      where,
      `${keyKind(parent.path)} ${key} is read by YAML as ${reading}, not text: quote it as "${key}"`
    )
    return
  }
  if (CONTROL.test(key) || /[\n\r]/.test(key)) {
    problem(where, `control character ${describeControl(key)} in a key: keys are one line of text`)
    return
  }
  // The map being built holds every key read so far (the profile's problems stop building only the values).
  if (Object.hasOwn(parent.container, key)) {
    const written = event.style === SCALAR_STYLE_PLAIN ? key : JSON.stringify(key)
    problem(where, `duplicate key ${written}: a key may appear only once in a map`)
    return
  }
  ;(parent.container as Record<string, unknown>)[key] = null
  parent.order?.push(key)
}
