/**
 * A reader for the plain layout most manifests have — block maps, one-line flow maps, quoted or plain scalars,
 * comments — many times faster than a general YAML parser on a large file. It gives exactly the value js-yaml
 * (core schema) gives, or undefined for anything outside that layout, which is then read by js-yaml.
 */
const INT = /^[-+]?[0-9]+$/
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/
/** Plain scalars that YAML reads as something other than a string or a decimal number. */
const SPECIAL =
  /^(true|True|TRUE|false|False|FALSE|null|Null|NULL|~|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|0x.*|0o.*)$/
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/

/** A scalar as YAML's core schema reads it; undefined when it is not plainly a string or a number. */
function scalar(source: string): string | number | undefined {
  if (source.startsWith('"')) return /^"[^"\\]*"$/.test(source) ? source.slice(1, -1) : undefined
  if (source.startsWith("'")) return /^'[^']*'$/.test(source) ? source.slice(1, -1) : undefined
  if (INT.test(source) || FLOAT.test(source)) {
    const number = Number(source)
    return Number.isFinite(number) && !/^[-+]?0[0-9]/.test(source) ? number : undefined
  }
  // Anything numeric-looking that is not a plain decimal (1_000, 0b1, +.5e) is left to the YAML reader.
  if (/^[-+.]?[0-9]/.test(source) && /[_eE]|^[-+]?0[box]/.test(source) && !/[a-df-zA-DF-Z]/.test(source))
    return undefined
  if (!PLAIN_START.test(source) || / #|: |:$/.test(source) || SPECIAL.test(source)) return undefined
  return source
}

function keyName(source: string): string | undefined {
  const value = scalar(source)
  return typeof value === 'string' ? value : undefined
}

/** `{ a: 1, b: x }` on one line, with plain or simply quoted scalars; undefined for anything else. */
function flowMap(source: string): Record<string, unknown> | undefined {
  const inner = /^\{(.*)\}$/.exec(source)?.[1]
  if (inner === undefined || /[{}[\]"'&*!|>`#]/.test(inner)) return undefined
  const map: Record<string, unknown> = {}
  if (inner.trim() === '') return map
  for (const item of inner.split(',')) {
    const match = /^\s*([^:\s][^:]*?)\s*:\s+(.*?)\s*$/.exec(item)
    if (!match) return undefined
    const key = keyName(match[1] ?? '')
    const value = scalar(match[2] ?? '')
    if (key === undefined || value === undefined || Object.hasOwn(map, key)) return undefined
    map[key] = value
  }
  return map
}

function stripComment(rest: string): string | undefined {
  if (rest.startsWith('"') || rest.startsWith("'")) {
    const quote = rest[0]
    const close = rest.indexOf(quote ?? '', 1)
    if (close === -1) return undefined
    const after = rest.slice(close + 1)
    if (after.trim() !== '' && !/^\s+#/.test(after)) return undefined
    return rest.slice(0, close + 1)
  }
  const comment = rest.search(/\s#/)
  return (comment === -1 ? rest : rest.slice(0, comment)).trimEnd()
}

interface Line {
  indent: number
  key: string
  rest: string
}

const SPACE = 32
const HASH = 35

/** One `key: rest` line (null for a blank or comment line; undefined for anything else). */
function parseLine(raw: string): Line | null | undefined {
  let indent = 0
  while (raw.charCodeAt(indent) === SPACE) indent++
  if (indent === raw.length || raw.charCodeAt(indent) === HASH) return null
  const first = raw[indent]
  let colon: number
  let keySource: string
  if (first === '"' || first === "'") {
    const close = raw.indexOf(first, indent + 1)
    if (close === -1) return undefined
    keySource = raw.slice(indent, close + 1)
    colon = close + 1
    while (raw.charCodeAt(colon) === SPACE) colon++
    if (raw[colon] !== ':') return undefined
  } else {
    colon = raw.indexOf(':', indent)
    if (colon === -1) return undefined
    keySource = raw.slice(indent, colon).trimEnd()
  }
  if (colon + 1 < raw.length && raw.charCodeAt(colon + 1) !== SPACE) return undefined
  const key = keyName(keySource)
  const after = raw.slice(colon + 1).trim()
  const rest = after === '' || after.charCodeAt(0) === HASH ? '' : stripComment(after)
  if (key === undefined || rest === undefined) return undefined
  return { indent, key, rest }
}

export function readPlainLayout(text: string): unknown {
  if (text.includes('\t') || text.includes('\r')) return undefined
  const lines: Line[] = []
  for (const raw of text.split('\n')) {
    const line = parseLine(raw)
    if (line === undefined) return undefined
    if (line) lines.push(line)
  }
  let position = 0
  const block = (indent: number): Record<string, unknown> | undefined => {
    const map: Record<string, unknown> = {}
    while (position < lines.length) {
      const line = lines[position]
      if (!line || line.indent < indent) break
      if (line.indent > indent || Object.hasOwn(map, line.key)) return undefined
      position++
      if (line.rest === '') {
        const next = lines[position]
        if (next && next.indent > indent) {
          const child = block(next.indent)
          if (child === undefined) return undefined
          map[line.key] = child
        } else map[line.key] = null
      } else if (line.rest.startsWith('{')) {
        const child = flowMap(line.rest)
        if (child === undefined) return undefined
        map[line.key] = child
      } else {
        const value = scalar(line.rest)
        if (value === undefined) return undefined
        map[line.key] = value
      }
    }
    return map
  }
  const root = block(0)
  return root !== undefined && position === lines.length && lines.length > 0 ? root : undefined
}
