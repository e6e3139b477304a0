import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import ajvFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * GitHub's own description of its REST API (api.github.com, from @octokit/openapi), as a contract: which
 * operations exist, what their request bodies and query parameters may be, and what every answer must hold.
 * The description is 13 MB: it is read once, on first use, and each schema is compiled when first needed.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

export interface Operation {
  method: string
  /** The path as the description writes it: `/repos/{owner}/{repo}/pulls`. */
  template: string
  operationId: string
  /** The path's parameters by name, when matched from a concrete path. */
  params: Record<string, string>
}

interface Description {
  document: JsonObject
  ajv: Ajv
  /** Like `ajv`, but reading query strings as the numbers and booleans their parameters are. */
  queryAjv: Ajv
  operations: Array<{ method: string; template: string; pattern: RegExp; names: string[] }>
  compiled: Map<string, ValidateFunction | undefined>
}

const COMPONENTS = 'https://api.github.com/components'
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options']

let loaded: Description | undefined

/**
 * OpenAPI 3.0's `nullable` as JSON Schema (`null` as a type, or an alternative), and every `$ref` absolute, so
 * that any schema taken out of the description compiles on its own against the components.
 */
function asJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(asJsonSchema)
  if (node === null || typeof node !== 'object') return node
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    // Examples and prose are data, not schemas: copied as they are.
    if (key === 'example' || key === 'examples' || key === 'description') out[key] = value
    else if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/'))
      out[key] = `${COMPONENTS}#${value.slice('#/components'.length)}`
    else out[key] = asJsonSchema(value)
  }
  if (out.nullable !== true) return out
  delete out.nullable
  const simple =
    typeof out.type === 'string' && !('oneOf' in out || 'anyOf' in out || 'allOf' in out || '$ref' in out)
  if (!simple) return { anyOf: [out, { type: 'null' }] }
  out.type = [out.type as string, 'null']
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  return out
}

function newAjv(coerceTypes: boolean, components: Json): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes, logger: false })
  // A CommonJS module: its plugin is its `default`, under Node's ESM as under TypeScript's NodeNext.
  const addFormats = ajvFormats.default
  addFormats(ajv)
  // GitHub answers "" for a URL never set (a deployment status's target_url), which `format: uri` does not foresee.
  const uri = addFormats.get('uri') as (text: string) => boolean
  ajv.addFormat('uri', (text: string) => text === '' || uri(text))
  // Formats the description names that JSON Schema has no check for: GitHub's own words for a kind of value.
  ajv.addFormat('int64', { type: 'number', validate: Number.isInteger })
  ajv.addFormat('timestamp', true)
  ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/)
  ajv.addSchema(components as JsonObject, COMPONENTS)
  return ajv
}

function templatePattern(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = []
  const source = template
    .split(/(\{[^}]+\})/)
    .map(part => {
      if (!part.startsWith('{')) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      names.push(part.slice(1, -1))
      return '([^/]+)'
    })
    .join('')
  return { pattern: new RegExp(`^${source}$`), names }
}

function description(): Description {
  if (loaded) return loaded
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const document = JSON.parse(readFileSync(file, 'utf8')) as JsonObject
  const components = asJsonSchema((document.components as JsonObject).schemas as Json)
  const operations: Description['operations'] = []
  for (const [template, item] of Object.entries(document.paths as JsonObject)) {
    for (const method of Object.keys(item as JsonObject).filter(key => METHODS.includes(key)))
      operations.push({ method: method.toUpperCase(), template, ...templatePattern(template) })
  }
  // A path with fewer parameters is the more specific one (`/issues/comments/{id}` before `/issues/{number}/…`).
  operations.sort((a, b) => a.names.length - b.names.length)
  loaded = {
    document,
    ajv: newAjv(false, { schemas: components }),
    queryAjv: newAjv(true, { schemas: components }),
    operations,
    compiled: new Map()
  }
  return loaded
}

/** The value a `#/…` pointer names in the description. */
function at(pointer: string): Json | undefined {
  let node: Json | undefined = description().document
  for (const segment of pointer.replace(/^#\//, '').split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~')
    node = node && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined
  }
  return node
}

/** An object of the description with its `$ref` (to a response, a request body, a parameter) followed. */
function followed(node: Json | undefined): JsonObject | undefined {
  let current = node
  while (
    current &&
    typeof current === 'object' &&
    !Array.isArray(current) &&
    typeof current.$ref === 'string'
  )
    current = at(current.$ref)
  return current && typeof current === 'object' && !Array.isArray(current) ? current : undefined
}

/** The operation a method and path name: the path either as the description writes it or as it is requested. */
export function findOperation(method: string, path: string): Operation | undefined {
  const upper = method.toUpperCase()
  const { operations } = description()
  const exact = operations.find(operation => operation.method === upper && operation.template === path)
  const found =
    exact ?? operations.find(operation => operation.method === upper && operation.pattern.test(path))
  if (!found) return undefined
  const values = exact ? [] : (found.pattern.exec(path)?.slice(1) ?? [])
  const item = followed(at(`#/paths/${found.template.replaceAll('~', '~0').replaceAll('/', '~1')}`))
  const operation = followed(item?.[found.method.toLowerCase()])
  return {
    method: upper,
    template: found.template,
    operationId: String(operation?.operationId),
    params: Object.fromEntries(
      found.names.map((name, index) => [name, decodeURIComponent(values[index] ?? '')])
    )
  }
}

function operationObject(operation: Operation): JsonObject {
  const pointer = `#/paths/${operation.template.replaceAll('~', '~0').replaceAll('/', '~1')}`
  return followed(followed(at(pointer))?.[operation.method.toLowerCase()]) ?? {}
}

function jsonSchemaOf(content: Json | undefined): Json | undefined {
  const media = followed(content)
  const json = followed(media?.['application/json'])
  return json?.schema
}

function compiled(
  key: string,
  schema: () => Json | undefined,
  ajv = description().ajv
): ValidateFunction | undefined {
  const cache = description().compiled
  if (!cache.has(key)) {
    const source = schema()
    cache.set(key, source === undefined ? undefined : ajv.compile(asJsonSchema(source) as JsonObject))
  }
  return cache.get(key)
}

function problems(errors: ErrorObject[] | null | undefined): string[] {
  const said = (errors ?? []).map(error => {
    const where = error.instancePath || '(the body)'
    const detail =
      error.keyword === 'additionalProperties' ? ` '${String(error.params.additionalProperty)}'` : ''
    return `${where} ${error.message ?? error.keyword}${detail}`
  })
  return [...new Set(said)]
}

function mustFind(method: string, path: string): Operation {
  const operation = findOperation(method, path)
  if (!operation) throw new Error(`GitHub's REST API has no operation ${method.toUpperCase()} ${path}`)
  return operation
}

/**
 * What is wrong with an answer of `status` to `method path` (empty: nothing). A status the operation does not
 * describe is checked as GitHub's error body when it is an error, and is itself the problem when it is not.
 */
export function responseProblems(method: string, path: string, status: number, body: unknown): string[] {
  const operation = mustFind(method, path)
  const responses = followed(operationObject(operation).responses) ?? {}
  const response = followed(responses[String(status)])
  const key = `response ${operation.method} ${operation.template} ${status}`
  if (!response) {
    if (status < 400) return [`${operation.method} ${operation.template} never answers ${status}`]
    const error = compiled('basic-error', () => ({ $ref: '#/components/schemas/basic-error' }))
    return error?.(body) ? [] : problems(error?.errors)
  }
  const validate = compiled(key, () => jsonSchemaOf(response.content))
  if (!validate) return body === undefined || body === '' ? [] : [`${key} has no body, and this one has one`]
  return validate(body) ? [] : problems(validate.errors)
}

/** What is wrong with a request body sent to `method path` (empty: nothing). */
export function requestBodyProblems(method: string, path: string, body: unknown): string[] {
  const operation = mustFind(method, path)
  const requestBody = followed(operationObject(operation).requestBody)
  if (!requestBody)
    return body === undefined ? [] : [`${operation.method} ${operation.template} takes no body`]
  if (body === undefined)
    return requestBody.required === true ? [`${operation.method} ${operation.template} needs a body`] : []
  const validate = compiled(`request ${operation.method} ${operation.template}`, () =>
    jsonSchemaOf(requestBody.content)
  )
  return !validate || validate(body) ? [] : problems(validate.errors)
}

/** What is wrong with the query parameters of a request (empty: nothing): unknown names, values of the wrong kind. */
export function queryProblems(method: string, path: string, query: Record<string, string>): string[] {
  const operation = mustFind(method, path)
  const item = followed(at(`#/paths/${operation.template.replaceAll('~', '~0').replaceAll('/', '~1')}`)) ?? {}
  const declared = [item.parameters, operationObject(operation).parameters]
    .flatMap(list => (Array.isArray(list) ? list : []))
    .map(parameter => followed(parameter))
    .filter(parameter => parameter?.in === 'query')
  const found: string[] = []
  for (const [name, value] of Object.entries(query)) {
    const parameter = declared.find(candidate => candidate?.name === name)
    if (!parameter) {
      found.push(`query parameter '${name}' is not one ${operation.method} ${operation.template} takes`)
      continue
    }
    const validate = compiled(
      `query ${operation.method} ${operation.template} ${name}`,
      () => ({ type: 'object', properties: { [name]: parameter.schema ?? {} } }),
      description().queryAjv
    )
    if (validate && !validate({ [name]: value })) found.push(...problems(validate.errors))
  }
  return found
}
