import { CORE_SCHEMA, load } from 'js-yaml'
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
  if (NEEDS_POSITIONS.test(text)) return undefined
  const plain = readPlainLayout(text)
  if (plain !== undefined) return plain
  try {
    return load(text, { schema: CORE_SCHEMA })
  } catch {
    return undefined
  }
}

/**
 * A valid manifest read fast, without positions (js-yaml). Undefined when it is not plainly valid: then the
 * position-tracking reader reads it, and reports every problem at its line.
 */
export function readValidManifest(text: string): Manifest | undefined {
  const result = ManifestSchema.safeParse(readYaml(text))
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
