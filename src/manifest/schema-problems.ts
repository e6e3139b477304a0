import { isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import type { core as zodCore } from 'zod/mini'
import { closestWord } from './closest-word.js'
import { locate, nodeStart } from './nodes.js'
import { sortProblems, type Problem } from './problems.js'
import {
  DefaultsSchema,
  FreezeSchema,
  ManifestSchema,
  ModelSchema,
  StageDeclarationSchema,
  VersionEntrySchema
} from './schema.js'
import { declaredStageNames, stageProblems } from './stage-checks.js'

const ALLOWED_KEYS: Record<string, readonly string[]> = {
  manifest: Object.keys(ManifestSchema.shape),
  stage: Object.keys(StageDeclarationSchema.shape),
  defaults: Object.keys(DefaultsSchema.shape),
  freeze: Object.keys(FreezeSchema.def.shape),
  gate: ['better', 'min', 'max', 'max_regression', 'min_improvement', 'combine', 'weight'],
  model: Object.keys(ModelSchema.shape),
  version: Object.keys(VersionEntrySchema.shape)
}

type At = (offset: number | undefined, message: string) => Problem

/**
 * Every problem the schema and the stage rules find in a value that passed the profile, each at its line and column.
 * The position-tracking reader runs here only: a valid manifest never needs it.
 */
export function schemaProblems(
  text: string,
  file: string,
  value: unknown,
  issues: readonly zodCore.$ZodIssue[]
): Problem[] {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false })
  const at = (offset: number | undefined, message: string): Problem => {
    const { line, col } = lineCounter.linePos(offset ?? 0)
    return { file, line, column: col, message }
  }
  const problems = pipelineProblems(doc, value, at)
  for (const issue of issues) problems.push(...issueProblems(doc, value, issue, at))
  return sortProblems(dedupe(problems))
}

/** Versions in a stage the manifest does not declare, or sharing an exclusive stage, at their `stage` values. */
function pipelineProblems(doc: Document.Parsed, js: unknown, at: At): Problem[] {
  return stageProblems(js).flatMap(problem => {
    if (problem.kind === 'exclusive')
      return [at(nodeStart(locate(doc.contents, problem.path).value), problem.message)]
    if (problem.path[0] === 'freezes') {
      const value = locate(doc.contents, problem.path).value
      const written = isScalar(value) ? String(value.value) : ''
      const guess = closestWord(written, problem.allowed)
      return [
        at(
          nodeStart(value ?? undefined),
          `${describePath(problem.path)}: ${problem.message} (got ${JSON.stringify(written)})${guess ? `: did you mean ${guess}?` : ''}`
        )
      ]
    }
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
  if (path.length === 2 && path[0] === 'freezes') return ALLOWED_KEYS.freeze ?? []
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
  if (path[0] === 'freezes' && typeof path[1] === 'number')
    return [`freeze ${path[1] + 1}`, ...path.slice(2, 3).map(String)].join(' ')
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
  // A list item has no key: it is there when its value is.
  const missing =
    path.length > 0 &&
    located.key === undefined &&
    !(typeof path[path.length - 1] === 'number' && located.value !== undefined)
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
