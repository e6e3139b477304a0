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
  type MappingEvent,
  type SequenceEvent,
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
  /** Whether the key of the value being read passed the profile (a map only). */
  keyAccepted: boolean
  /** When this collection is a model's versions map: its keys in order. */
  order?: string[]
}

type NonTextTag = (typeof NON_TEXT_TAGS)[number]

/** The non-text types a plain scalar may be read as, by its first character (as js-yaml's schema indexes them). */
const NON_TEXT_BY_FIRST_CHAR = new Map<string, NonTextTag[]>()
const NON_TEXT_ANY_FIRST_CHAR = NON_TEXT_TAGS.filter(({ tag }) => tag.implicitFirstChars === null)
for (const { tag } of NON_TEXT_TAGS)
  for (const first of tag.implicitFirstChars ?? [])
    NON_TEXT_BY_FIRST_CHAR.set(
      first,
      NON_TEXT_TAGS.filter(other => other.tag.implicitFirstChars?.includes(first) ?? true)
    )

/**
 * A plain scalar that the core schema reads as something other than text, with js-yaml's own resolvers in the
 * schema's order (null, boolean, integer, float); undefined when it is text.
 */
function nonText(source: string): { value: unknown; reads: string } | undefined {
  for (const { tag, reads } of NON_TEXT_BY_FIRST_CHAR.get(source.charAt(0)) ?? NON_TEXT_ANY_FIRST_CHAR) {
    const value = tag.resolve(source, false, tag.tagName)
    if (value !== NOT_RESOLVED) return { value, reads }
  }
  return undefined
}

/** A plain scalar's value as the core schema reads it. */
function plainValue(source: string): unknown {
  const reading = nonText(source)
  return reading ? reading.value : source
}

/** The path of every collection below the third level: nothing there is named by its path. */
const DEEP: ReadonlyArray<string | number> = ['', '', '', '']

function keyKind(path: ReadonlyArray<string | number>): string {
  if (path.length === 1 && path[0] === 'models') return 'model name'
  if (path.length === 3 && path[0] === 'models' && path[2] === 'versions') return 'version'
  return 'key'
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
  let parent: Frame | undefined
  let documents = 0
  let root: unknown = null
  const problem = (offset: number, message: string) => problems.push({ offset, message })
  // Once the text breaks the profile, values are no longer built; a map still records its accepted keys (as null),
  // so that every duplicate is found.
  const place = (role: Role, value: unknown) => {
    if (!parent) root = value
    else if (role === 'value') {
      if (parent.keyAccepted)
        (parent.container as Record<string, unknown>)[parent.current as string] =
          problems.length > 0 ? null : value
    } else if (role === 'item' && problems.length === 0) (parent.container as unknown[]).push(value)
  }
  const finish = (role: Role) => {
    if (!parent) return
    if (role === 'key') parent.expectKey = false
    else if (role === 'value') parent.expectKey = true
    else if (role === 'item') parent.current = (parent.current as number) + 1
  }

  for (let index = 0; index < events.length; index++) {
    const event = events[index] as Event
    if (event.type === EVENT_POP) {
      const frame = stack.pop()
      parent = stack[stack.length - 1]
      if (frame?.order && typeof frame.path[1] === 'string') versionOrder.set(frame.path[1], frame.order)
      if (frame) finish(frame.role)
      continue
    }
    const role: Role = !parent ? 'root' : parent.isMap ? (parent.expectKey ? 'key' : 'value') : 'item'
    if (event.type === EVENT_SCALAR) {
      if (event.anchorStart !== -1 || event.tagStart !== -1) properties(text, event, problem)
      const value = event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event)
      if (role === 'key') {
        checkKey(event, value, parent as Frame, problem)
      } else if (event.style === SCALAR_STYLE_PLAIN) {
        place(role, plainValue(value))
      } else if (
        event.style === SCALAR_STYLE_DOUBLE_QUOTED &&
        !event.fast &&
        LINE_BREAK_IN_VALUE.test(value)
      ) {
        problem(
          event.valueStart,
          `control character ${describeControl(value)} in a quoted value: only tab and line breaks are allowed`
        )
        place(role, null)
      } else place(role, value)
      finish(role)
      continue
    }
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
    if (event.type === EVENT_ALIAS) {
      problem(
        event.anchorStart - 1,
        'an alias (*name): anchors and aliases are not allowed in the manifest; write the value out'
      )
      if (role === 'value') place(role, null)
      finish(role)
      continue
    }
    if (event.anchorStart !== -1 || event.tagStart !== -1) properties(text, event, problem)
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
    if (role !== 'key') place(role, container)
    parent = {
      isMap,
      container,
      expectKey: true,
      current: isMap ? '' : 0,
      keyAccepted: false,
      path,
      role,
      order: isVersions ? [] : undefined
    }
    stack.push(parent)
  }
  return root
}

/** Anchors and tags: the profile has neither. */
function properties(
  text: string,
  event: ScalarEvent | MappingEvent | SequenceEvent,
  problem: (offset: number, message: string) => void
): void {
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
}

/** What is wrong with a key, worded for the kind of key it is ("version"); null when it may be a key. */
type KeyVerdict = ((kind: string) => string) | null

/** Keys repeat (stage, uri, metrics…): each text is judged once per process, apart for plain and quoted keys. */
const plainKeyVerdicts = new Map<string, KeyVerdict>()
const quotedKeyVerdicts = new Map<string, KeyVerdict>()

function judgeKey(key: string, plain: boolean): KeyVerdict {
  if (plain && key === '<<')
    return () => 'a merge key (<<): the manifest is plain data; write the entries out'
  if (FORBIDDEN_KEYS.has(key))
    return () =>
      `${JSON.stringify(key)} cannot be a key: it names a part of every JavaScript object; rename it`
  const reading = plain ? nonText(key)?.reads : undefined
  if (reading) return kind => `${kind} ${key} is read by YAML as ${reading}, not text: quote it as "${key}"`
  if (CONTROL.test(key) || /[\n\r]/.test(key))
    return () => `control character ${describeControl(key)} in a key: keys are one line of text`
  return null
}

function keyVerdict(key: string, plain: boolean): KeyVerdict {
  const verdicts = plain ? plainKeyVerdicts : quotedKeyVerdicts
  let verdict = verdicts.get(key)
  if (verdict === undefined) {
    verdict = judgeKey(key, plain)
    verdicts.set(key, verdict)
  }
  return verdict
}

function checkKey(
  event: ScalarEvent,
  key: string,
  parent: Frame,
  problem: (offset: number, message: string) => void
): void {
  const where = event.valueStart - (event.style === SCALAR_STYLE_PLAIN ? 0 : 1)
  parent.current = key
  parent.keyAccepted = false
  const verdict = keyVerdict(key, event.style === SCALAR_STYLE_PLAIN)
  if (verdict) {
    problem(where, verdict(keyKind(parent.path)))
    return
  }
  // The map being built holds every key read so far (the profile's problems stop building only the values).
  if (Object.hasOwn(parent.container, key)) {
    const written = event.style === SCALAR_STYLE_PLAIN ? key : JSON.stringify(key)
    problem(where, `duplicate key ${written}: a key may appear only once in a map`)
    return
  }
  parent.keyAccepted = true
  parent.order?.push(key)
}
