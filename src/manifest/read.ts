import { readValidManifest, readValidModel } from './fast-read.js'
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
  return readValidModel(text, model) ?? readManifest(text, file)
}
