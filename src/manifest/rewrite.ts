import { isDeepStrictEqual } from 'node:util'
import { modelBlock, modelsLayout } from './blocks.js'
import { editManifestText, type ManifestChange } from './edit.js'
import { readManifest, readModelsBlock, type OpenManifest } from './read.js'
import type { Manifest } from './schema.js'

/** The data as plain JSON values (versions as ordered pairs), so that the comparison looks at content only. */
function plain(data: unknown): unknown {
  return JSON.parse(
    JSON.stringify(data, (_key, value: unknown) => (value instanceof Map ? [...value] : value))
  )
}

/**
 * The edit of one model checked by its block alone: every byte outside the model's block is unchanged, and the
 * block reads back as exactly the model the plan expects. False when that cannot be shown so.
 */
function verifiedByBlock(before: string, after: string, model: string, expected: Manifest): boolean {
  const oldLayout = modelsLayout(before)
  const newLayout = modelsLayout(after)
  const oldBlock = oldLayout && modelBlock(before, oldLayout, model)
  const newBlock = newLayout && modelBlock(after, newLayout, model)
  if (!oldBlock || !newBlock || oldBlock.start !== newBlock.start) return false
  if (before.slice(0, oldBlock.start) !== after.slice(0, newBlock.start)) return false
  if (before.slice(oldBlock.end) !== after.slice(newBlock.end)) return false
  const models = readModelsBlock(after.slice(newBlock.start, newBlock.end), expected.stages)
  if (!models || Object.keys(models).length !== 1 || !models[model]) return false
  return isDeepStrictEqual(plain(models[model]), plain(expected.models[model]))
}

/**
 * The manifest text after `changes`, checked against the data the plan expects: a text edit that
 * would read back as anything else is never written.
 */
export async function rewriteManifest(
  manifest: OpenManifest,
  changes: readonly ManifestChange[],
  expected: Manifest
): Promise<string> {
  if (changes.length === 0) return manifest.text
  const text = editManifestText(manifest, changes)
  const models = new Set(changes.map(change => change.model))
  const [model] = models
  if (models.size === 1 && model !== undefined && verifiedByBlock(manifest.text, text, model, expected))
    return text
  const reread = await readManifest(text, manifest.file)
  // Read for one model, the plan holds that model alone: the others must read back as they were.
  const planned =
    manifest.model === undefined
      ? expected
      : {
          ...expected,
          models: { ...(await readManifest(manifest.text, manifest.file)).models, ...expected.models }
        }
  if (!isDeepStrictEqual(plain(reread), plain(planned))) {
    throw new Error(`the edit of ${manifest.file} did not read back as planned; nothing was written`)
  }
  return text
}
