import { modelBlock, modelsLayout } from './blocks.js'
import { readValidManifest, readValidModels } from './fast-read.js'
import type { Manifest } from './schema.js'

/*
 * The manifest for commands that only read it. A valid manifest is read by the fast path; the position-tracking
 * check, and the YAML parser it needs, are loaded only to report the problems of one that is not.
 */

async function checkedData(text: string, file: string): Promise<Manifest> {
  const { loadManifestText } = await import('./load.js')
  return loadManifestText(text, file).data
}

/** The whole manifest, checked: its problems are thrown as a ManifestError, each at its line. */
export async function readManifest(text: string, file: string): Promise<Manifest> {
  return readValidManifest(text) ?? checkedData(text, file)
}

/**
 * The manifest's header and one model, for a command about that model alone: the other models' blocks are not
 * read. Whenever that cannot be done plainly (an unknown model, an unusual layout, a problem), the whole file is
 * read and checked instead, so every error is reported as it would be.
 */
export async function readManifestForModel(text: string, file: string, model: string): Promise<Manifest> {
  const layout = modelsLayout(text)
  const block = layout && modelBlock(text, layout, model)
  if (layout && block && layout.bodyEnd === text.length) {
    const header = readValidManifest(`${text.slice(0, layout.lineStart)}models: {}\n`)
    const models = header && readValidModels(text.slice(block.start, block.end), header.stages)
    const entry = models?.[model]
    if (header && models && entry && Object.keys(models).length === 1)
      return { ...header, models: { [model]: entry } }
  }
  return readManifest(text, file)
}
