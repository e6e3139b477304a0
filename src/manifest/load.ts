import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { readValidManifest, readValidModel } from './fast-read.js'
import type { core as zodCore } from 'zod/mini'
import { closestWord } from './closest-word.js'
import { findPair, keyString, locate, nodeStart } from './nodes.js'
import { ManifestError, sortProblems, type Problem } from './problems.js'
import {
  ManifestSchema,
  ModelSchema,
  StageDeclarationSchema,
  VersionEntrySchema,
  type Manifest
} from './schema.js'
import { declaredStageNames, stageProblems } from './stage-checks.js'

export interface LoadedManifest {
  /** The path used in messages and annotations (relative to the repository root where possible). */
  file: string
  text: string
  data: Manifest
  /** The position-tracking document: parsed on first use (a valid manifest is read without it). */
  readonly doc: Document.Parsed
  /** Set when `data` holds this model alone (and the header): the rest of the file was not read. */
  model?: string
}

function loaded(
  file: string,
  text: string,
  data: Manifest,
  parsed?: Document.Parsed,
  model?: string
): LoadedManifest {
  let doc = parsed
  return {
    file,
    text,
    data,
    ...(model === undefined ? {} : { model }),
    get doc() {
      doc ??= parseDocument(text, { uniqueKeys: true })
      return doc
    }
  }
}

export interface ManifestCheck {
  manifest?: LoadedManifest
  problems: Problem[]
}

const ALLOWED_KEYS: Record<string, readonly string[]> = {
  manifest: Object.keys(ManifestSchema.shape),
  stage: Object.keys(StageDeclarationSchema.shape),
  defaults: ['validate', 'gates', 'baseline'],
  gate: ['better', 'min', 'max', 'max_regression', 'min_improvement'],
  model: Object.keys(ModelSchema.shape),
  version: Object.keys(VersionEntrySchema.shape)
}

/** Parses and checks a manifest, collecting every problem with its position. */
export function checkManifestText(text: string, file: string): ManifestCheck {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number | undefined, message: string): Problem => {
    const { line, col } = lineCounter.linePos(offset ?? 0)
    return { file, line, column: col, message }
  }

  const problems: Problem[] = doc.errors.map(error =>
    at(error.pos[0], yamlErrorMessage(error.code, error.message, text.slice(error.pos[0])))
  )
  const structural = doc.errors.some(error => error.code !== 'DUPLICATE_KEY')
  if (structural) return { problems: sortProblems(problems) }

  if (doc.contents === null) {
    problems.push(at(0, 'the manifest is empty: it needs `version: 1` and a `models:` map'))
    return { problems }
  }

  problems.push(...keyTypeProblems(doc, at))

  const js: unknown = doc.toJS()
  problems.push(...pipelineProblems(doc, js, at))
  const result = ManifestSchema.safeParse(js)
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...issueProblems(doc, js, issue, at))
  }
  if (problems.length > 0 || !result.success) return { problems: sortProblems(dedupe(problems)) }
  return { manifest: loaded(file, text, result.data, doc), problems: [] }
}

/**
 * The manifest's data when it is valid, else every problem at its position: the position-tracking check runs only
 * when the fast read finds something to report.
 */
export function checkManifest(text: string, file: string): { data?: Manifest; problems: Problem[] } {
  const data = readValidManifest(text)
  if (data) return { data, problems: [] }
  const { manifest, problems } = checkManifestText(text, file)
  return { data: manifest?.data, problems }
}

/** A valid manifest, read fast; the position-tracking reader runs only to report the problems of an invalid one. */
export function loadManifestText(text: string, file: string): LoadedManifest {
  const data = readValidManifest(text)
  if (data) return loaded(file, text, data)
  const { manifest, problems } = checkManifestText(text, file)
  if (!manifest) throw new ManifestError(problems)
  return manifest
}

/**
 * The manifest as a move of one model needs it: the header and the model's block when they read plainly (a move
 * changes nothing in the other models, so their blocks are not read), else the whole file, checked.
 */
export function loadManifestForMove(text: string, file: string, model: string): LoadedManifest {
  const data = readValidModel(text, model)
  return data ? loaded(file, text, data, undefined, model) : loadManifestText(text, file)
}

type At = (offset: number | undefined, message: string) => Problem

function yamlErrorMessage(code: string, message: string, source: string): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]+)/.exec(source)?.[1]?.trim() ?? source.trim()
    return `duplicate key ${key}: a key may appear only once in a map`
  }
  const firstLine = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
  return `YAML syntax: ${firstLine}`
}

function modelMaps(doc: Document.Parsed): Array<{ name: string; nameNode: Node; model: Node | null }> {
  const models = findPair(doc.contents, 'models')?.value
  if (!isMap(models)) return []
  return models.items.map(pair => ({
    name: keyString(pair.key) ?? '',
    nameNode: pair.key as Node,
    model: pair.value as Node | null
  }))
}

/** YAML reads `1.10` as the number 1.1 and `2` as 2: version keys must be strings as written. */
function keyTypeProblems(doc: Document.Parsed, at: At): Problem[] {
  const problems: Problem[] = []
  const check = (key: unknown, what: string) => {
    if (isScalar(key) && typeof key.value !== 'string' && key.value !== null) {
      const source = key.source ?? String(key.value)
      problems.push(
        at(
          nodeStart(key as Node),
          `${what} ${source} is read by YAML as a ${typeof key.value}, not text: quote it as "${source}"`
        )
      )
    }
  }
  for (const { nameNode, model } of modelMaps(doc)) {
    check(nameNode, 'model name')
    const versions = findPair(model, 'versions')?.value
    if (isMap(versions)) for (const pair of versions.items) check(pair.key, 'version')
  }
  return problems
}

/** Versions in a stage the manifest does not declare, or sharing an exclusive stage, at their `stage` values. */
function pipelineProblems(doc: Document.Parsed, js: unknown, at: At): Problem[] {
  return stageProblems(js).flatMap(problem => {
    if (problem.kind === 'exclusive')
      return [at(nodeStart(locate(doc.contents, problem.path).value), problem.message)]
    const issue = {
      code: 'invalid_value',
      values: problem.allowed,
      path: problem.path,
      message: problem.message,
      input: undefined
    } as unknown as zodCore.$ZodIssue
    return issueProblems(doc, js, issue, at)
  })
}

function allowedKeysAt(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return ALLOWED_KEYS.manifest ?? []
  if (path.length === 1 && path[0] === 'defaults') return ALLOWED_KEYS.defaults ?? []
  if (path.length === 2 && path[0] === 'stages') return ALLOWED_KEYS.stage ?? []
  const inGates =
    (path.length === 3 && path[0] === 'defaults' && path[1] === 'gates') ||
    (path.length === 4 && (path[0] === 'models' || path[0] === 'stages') && path[2] === 'gates')
  if (inGates) return ALLOWED_KEYS.gate ?? []
  if (path.length === 2 && path[0] === 'models') return ALLOWED_KEYS.model ?? []
  return ALLOWED_KEYS.version ?? []
}

function describePath(path: readonly PropertyKey[]): string {
  if (path[0] === 'stages' && typeof path[1] === 'number')
    return [`stage ${path[1] + 1}`, ...path.slice(2).map(String)].join(' ')
  if (path[0] === 'models' && path.length >= 3 && path[2] !== 'versions')
    return `model ${String(path[1])} ${path.slice(2).map(String).join('.')}`
  if (path[0] === 'models' && path.length >= 2) {
    const [, model, , version, ...rest] = path
    let where = `model ${String(model)}`
    if (version !== undefined) where += ` version ${String(version)}`
    if (rest.length > 0) where += ` ${rest.map(String).join('.')}`
    else if (path.length === 3) where += ` ${String(path[2])}`
    return where
  }
  return path.map(String).join('.') || 'the manifest'
}

function valueAt(js: unknown, path: readonly PropertyKey[]): unknown {
  let current = js
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

function issueProblems(doc: Document.Parsed, js: unknown, issue: zodCore.$ZodIssue, at: At): Problem[] {
  const path = issue.path
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(path)
    return issue.keys.map(key => {
      const located = locate(doc.contents, [...path, key])
      const suggestion = closestWord(key, allowed)
      const hint = suggestion ? `did you mean "${suggestion}"? ` : ''
      return at(
        nodeStart(located.key ?? located.nearest),
        `unknown key "${key}" in ${describePath(path)}: ${hint}allowed keys are ${allowed.join(', ')}`
      )
    })
  }
  if (issue.code === 'invalid_key') {
    const located = locate(doc.contents, path)
    const key = String(path[path.length - 1])
    const what = path.length === 2 ? 'model name' : path.length === 4 ? 'version' : 'key'
    const detail = issue.issues[0]?.message ?? issue.message
    const problems = [
      at(nodeStart(located.key ?? located.nearest), `${what} "${key}" is not valid: ${detail}`)
    ]
    // A bad name does not hide what is wrong inside the entry it names.
    const inner = (path.length === 2 ? ModelSchema : VersionEntrySchema).safeParse(valueAt(js, path))
    if (!inner.success)
      for (const innerIssue of inner.error.issues)
        problems.push(...issueProblems(doc, js, { ...innerIssue, path: [...path, ...innerIssue.path] }, at))
    return problems
  }

  const located = locate(doc.contents, path)
  const missing = path.length > 0 && located.key === undefined
  if (missing) {
    const parent = locate(doc.contents, path.slice(0, -1))
    const field = String(path[path.length - 1])
    const names = declaredStageNames(js)
    const hint = field === 'stage' ? ` (${names.slice(0, -1).join(', ')} or ${names[names.length - 1]})` : ''
    return [
      at(nodeStart(parent.key ?? parent.nearest), `${describePath(path.slice(0, -1))} has no ${field}${hint}`)
    ]
  }
  if (path.length === 0) {
    return [
      at(nodeStart(doc.contents ?? undefined), 'the manifest must be a map with `version: 1` and `models:`')
    ]
  }
  const value = located.value
  if (
    path.length === 1 &&
    path[0] === 'models' &&
    (value === null || (isScalar(value) && value.value === null))
  )
    return [
      at(
        nodeStart(located.key),
        'models has no value: write `models: {}`, or add a model under it (model-stages register MODEL VERSION does)'
      )
    ]
  const got = isScalar(value) ? ` (got ${JSON.stringify(value.source ?? value.value)})` : ''
  const guess =
    issue.code === 'invalid_value' && isScalar(value) && typeof value.value === 'string'
      ? closestWord(value.value, issue.values.map(String))
      : undefined
  const hint = guess ? `: did you mean ${guess}?` : ''
  return [at(nodeStart(value ?? located.key), `${describePath(path)}: ${issue.message}${got}${hint}`)]
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter(problem => {
    const key = `${problem.line}:${problem.column}:${problem.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
