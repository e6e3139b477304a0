import type { Document } from 'yaml'
import { extend, withParser, type core as zodCore } from 'zod/mini'
import { compileFn } from 'zod/v4/core'
import type { StageMap } from '../stages/states.js'
import { modelBlock, modelsLayout } from './blocks.js'
import { STAGE_NAME_PATTERN, type Stage } from './names.js'
import { ManifestError, positionAt, type Problem } from './problems.js'
import { readPlainData, type PlainData, type ProfileProblem } from './profile.js'
import {
  ManifestSchema,
  ModelSchema,
  modelsMap,
  type CheckedManifest,
  type Manifest,
  type ModelEntry,
  type VersionEntry
} from './schema.js'
import { stageProblems } from './stage-checks.js'

/*
 * The one way to read a manifest. Every entry point reads through the strict profile (profile.ts) with js-yaml,
 * then the schema; the position-tracking reader (eemeli/yaml) is loaded only to place the schema's problems and to
 * edit. Entry points: the whole file (readManifest, checkManifest), the header and one model (readManifestForModel),
 * open for editing (openManifest), an old revision's stages (readStageMap).
 */

/** What one read found: the manifest, its problems, or schema issues still to be placed at their lines. */
type Reading =
  { manifest: Manifest } | { problems: Problem[] } | { value: unknown; issues: readonly zodCore.$ZodIssue[] }

/**
 * Above this size (in characters), the schema compiled into a specialised checker (same results, same errors) pays
 * for the milliseconds its compilation takes; below it, the schema runs as it is.
 */
const COMPILED_CHECK_FROM = 512 * 1024
let compiledManifestSchema: typeof ManifestSchema | undefined

/**
 * The schema with zod's generated parser as its fast path (the runtime parser still words every failure). zod's
 * `compile` also generates an assert-only validator, which safeParse never calls: generating only the parser halves
 * the cost. zod marks compileFn internal (it is exported and typed): should it change, tsc says so, and at run time
 * the catch below runs the schema as it is, with the same results, only slower — as for a schema zod cannot compile.
 */
function compiled<Schema extends zodCore.$ZodType>(schema: Schema): Schema {
  try {
    return withParser(schema, compileFn(schema))
  } catch {
    return schema
  }
}

/**
 * The manifest schema with each model checked by its generated parser; the few top-level keys and the models map
 * run as they are. Generated whole, the manifest's parser writes a record's value check twice (for its names and
 * for its symbols) at each of models, versions and metrics: four times the model's code, which took 10–15 ms to
 * generate at every start against 5–6 ms for the model's alone.
 */
function manifestChecker(size: number): typeof ManifestSchema {
  if (size < COMPILED_CHECK_FROM) return ManifestSchema
  compiledManifestSchema ??= extend(ManifestSchema, { models: modelsMap(compiled(ModelSchema)) })
  return compiledManifestSchema
}

function placed(text: string, file: string, problems: readonly ProfileProblem[]): Problem[] {
  return problems.map(problem => ({ file, ...positionAt(text, problem.offset), message: problem.message }))
}

/** The versions as the profile saw them written: an object cannot keep "7" after "1.5.0". */
function inOrder(
  model: string,
  versions: Record<string, VersionEntry>,
  plain: PlainData
): Map<string, VersionEntry> {
  const ordered = new Map<string, VersionEntry>()
  for (const version of plain.versionOrder.get(model) ?? Object.keys(versions)) {
    const entry = versions[version]
    if (entry) ordered.set(version, entry)
  }
  return ordered
}

function withOrder(checked: CheckedManifest, plain: PlainData): Manifest {
  const models: Record<string, ModelEntry> = {}
  for (const [name, model] of Object.entries(checked.models))
    models[name] = { ...model, versions: inOrder(name, model.versions, plain) }
  return { ...checked, models }
}

function read(text: string, file: string): Reading {
  const { data, problems } = readPlainData(text)
  if (!data) return { problems: placed(text, file, problems) }
  if (data.value === null)
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: 'the manifest is empty: it needs `version: 1` and a `models:` map'
        }
      ]
    }
  const result = manifestChecker(text.length).safeParse(data.value)
  if (result.success && stageProblems(result.data).length === 0)
    return { manifest: withOrder(result.data, data) }
  return { value: data.value, issues: result.success ? [] : result.error.issues }
}

async function settle(text: string, file: string, reading: Reading): Promise<ManifestCheck> {
  if ('manifest' in reading) return { manifest: reading.manifest, problems: [] }
  if ('problems' in reading) return { problems: reading.problems }
  const { schemaProblems } = await import('./schema-problems.js')
  return { problems: schemaProblems(text, file, reading.value, reading.issues) }
}

export interface ManifestCheck {
  manifest?: Manifest
  problems: Problem[]
}

/** The whole manifest, or every problem in it at its line and column. */
export async function checkManifest(text: string, file: string): Promise<ManifestCheck> {
  return settle(text, file, read(text, file))
}

/** The whole manifest, checked: its problems are thrown as a ManifestError, each at its line. */
export async function readManifest(text: string, file: string): Promise<Manifest> {
  const { manifest, problems } = await checkManifest(text, file)
  if (!manifest) throw new ManifestError(problems)
  return manifest
}

/**
 * The models of a block of model entries (as they stand under `models:`), each valid under `stages`; undefined when
 * anything in it is not, so that the whole file is read and its problems placed.
 */
export function readModelsBlock(
  block: string,
  stages: Manifest['stages']
): Record<string, ModelEntry> | undefined {
  const { data } = readPlainData(`models:\n${block}`)
  const value = data?.value as { models?: unknown } | null | undefined
  if (!data || typeof value?.models !== 'object' || value.models === null) return undefined
  const checked: CheckedManifest['models'] = {}
  for (const [name, entry] of Object.entries(value.models)) {
    const model = ModelSchema.safeParse(entry)
    if (!model.success) return undefined
    checked[name] = model.data
  }
  if (stageProblems({ stages, models: checked }).length > 0) return undefined
  return withOrder({ version: 1, models: checked }, data).models
}

/**
 * The header and one model read from the model's block alone, when all of it is valid (the models map last in the
 * file, the model's key written once); undefined otherwise. Nothing about one model depends on the others.
 */
function readModelAlone(text: string, model: string): Manifest | undefined {
  const layout = modelsLayout(text)
  const block = layout && modelBlock(text, layout, model)
  if (!layout || !block || layout.bodyEnd !== text.length) return undefined
  // A second block for the same key is a duplicate the whole file's check reports.
  if (modelBlock(text, layout, model, block.end)) return undefined
  const header = read(`${text.slice(0, layout.lineStart)}models: {}\n`, '')
  if (!('manifest' in header)) return undefined
  const models = readModelsBlock(text.slice(block.start, block.end), header.manifest.stages)
  const entry = models?.[model]
  if (!models || !entry || Object.keys(models).length !== 1) return undefined
  return { ...header.manifest, models: { [model]: entry } }
}

/**
 * The manifest's header and one model, for a command about that model alone: the other models' blocks are not
 * read. Whenever that cannot be done plainly (an unknown model, an unusual layout, a problem), the whole file is
 * read and checked instead, so every error is reported as it would be.
 */
export async function readManifestForModel(text: string, file: string, model: string): Promise<Manifest> {
  return readModelAlone(text, model) ?? readManifest(text, file)
}

/** A manifest open for editing: its data, and the position-tracking document the edits are placed with. */
export interface OpenManifest {
  /** The path used in messages and annotations (relative to the repository root where possible). */
  file: string
  text: string
  data: Manifest
  /** Parsed on first use. */
  readonly doc: Document.Parsed
  /** Set when `data` holds this model alone (and the header): the rest of the file was not read. */
  model?: string
}

/** The manifest, read whole or (given a model) as the header and that model, ready to be edited. */
export async function openManifest(text: string, file: string, model?: string): Promise<OpenManifest> {
  const { parseDocument } = await import('yaml')
  const alone = model === undefined ? undefined : readModelAlone(text, model)
  const data = alone ?? (await readManifest(text, file))
  let doc: Document.Parsed | undefined
  return {
    file,
    text,
    data,
    ...(alone && model !== undefined ? { model } : {}),
    get doc() {
      doc ??= parseDocument(text, { uniqueKeys: true })
      return doc
    }
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The stage of every version a revision records, in the order written. An old revision need not pass today's
 * schema, and whatever stages it records count; but it is read through the same profile as every other text, and a
 * revision that breaks it is a ManifestError (naming `file`), never read another way.
 */
export function readStageMap(text: string, file: string): StageMap {
  const stages: StageMap = new Map()
  if (text.length === 0) return stages
  const { data, problems } = readPlainData(text)
  if (!data) throw new ManifestError(placed(text, file, problems))
  const models = isMap(data.value) ? data.value.models : undefined
  if (!isMap(models)) return stages
  for (const [model, entry] of Object.entries(models)) {
    const versions = isMap(entry) ? entry.versions : undefined
    if (!isMap(versions)) continue
    const byVersion = new Map<string, Stage>()
    for (const version of data.versionOrder.get(model) ?? []) {
      const details = versions[version]
      const stage = isMap(details) ? details.stage : undefined
      if (typeof stage === 'string' && STAGE_NAME_PATTERN.test(stage)) byVersion.set(version, stage)
    }
    stages.set(model, byVersion)
  }
  return stages
}
