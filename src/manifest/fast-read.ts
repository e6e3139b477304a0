import { CORE_SCHEMA, load } from 'js-yaml'
import { compile } from 'zod/mini'
import { modelBlock, modelsLayout } from './blocks.js'
import { readPlainLayout } from './plain-layout.js'
import { ManifestSchema, ModelSchema, type Manifest, type ModelEntry } from './schema.js'
import { stageProblems } from './stage-checks.js'

/**
 * Keys that YAML reads as something other than text (`1.10:` is the number 1.1) and merge keys (`<<:`), which
 * the two readers treat differently: a text with any of them goes to the position-tracking reader, which says so.
 */
const NEEDS_POSITIONS =
  /(^|[{,])[ \t]*([-+]?(\.\d|\d)[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|<<)[ \t]*:([ \t]|$)/m

function readYaml(text: string): unknown {
  // The plain-layout reader takes no such key: a text it reads needs no check for them.
  const plain = readPlainLayout(text)
  if (plain !== undefined) return plain
  if (NEEDS_POSITIONS.test(text)) return undefined
  try {
    return load(text, { schema: CORE_SCHEMA })
  } catch {
    return undefined
  }
}

/**
 * Above this size (in characters), the schema compiled into a specialised checker (same results, same errors) pays
 * for the milliseconds its compilation takes; below it, the schema runs as it is.
 */
const COMPILED_CHECK_FROM = 512 * 1024
let compiledManifestSchema: typeof ManifestSchema | undefined

function manifestChecker(size: number): typeof ManifestSchema {
  if (size < COMPILED_CHECK_FROM) return ManifestSchema
  compiledManifestSchema ??= compile(ManifestSchema)
  return compiledManifestSchema
}

/**
 * A valid manifest read fast, without positions (the plain-layout reader, else js-yaml). Undefined when it is not
 * plainly valid: then the position-tracking reader reads it, and reports every problem at its line.
 */
export function readValidManifest(text: string): Manifest | undefined {
  const result = manifestChecker(text.length).safeParse(readYaml(text))
  if (!result.success) return undefined
  return stageProblems(result.data).length === 0 ? result.data : undefined
}

/**
 * The models of a block of model entries (`models:` prepended), each valid under the manifest's `stages`;
 * undefined otherwise.
 */
export function readValidModels(
  block: string,
  stages: Manifest['stages']
): Record<string, ModelEntry> | undefined {
  const data = readYaml(`models:\n${block}`) as { models?: unknown } | undefined
  if (typeof data !== 'object' || data === null || typeof data.models !== 'object' || data.models === null)
    return undefined
  const models: Record<string, ModelEntry> = {}
  for (const [name, value] of Object.entries(data.models)) {
    const entry = ModelSchema.safeParse(value)
    if (!entry.success) return undefined
    models[name] = entry.data
  }
  return stageProblems({ stages, models }).length === 0 ? models : undefined
}

/**
 * The manifest's header and one model, read from the model's block alone when all of it is plainly valid (the
 * models map last in the file, the model's key written once); undefined otherwise. The other models' blocks are
 * not read: nothing about one model depends on them.
 */
export function readValidModel(text: string, model: string): Manifest | undefined {
  const layout = modelsLayout(text)
  const block = layout && modelBlock(text, layout, model)
  if (!layout || !block || layout.bodyEnd !== text.length) return undefined
  // A second block for the same key is a duplicate the whole file's check reports.
  if (modelBlock(text, layout, model, block.end)) return undefined
  const header = readValidManifest(`${text.slice(0, layout.lineStart)}models: {}\n`)
  const models = header && readValidModels(text.slice(block.start, block.end), header.stages)
  const entry = models?.[model]
  if (!header || !models || !entry || Object.keys(models).length !== 1) return undefined
  return { ...header, models: { [model]: entry } }
}
