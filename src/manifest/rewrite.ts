import { isDeepStrictEqual } from 'node:util'
import { editManifestText, type ManifestChange } from './edit.js'
import { loadManifestText, type LoadedManifest } from './load.js'
import type { Manifest } from './schema.js'

/**
 * The manifest text after `changes`, checked against the data the plan expects: a text edit that
 * would read back as anything else is never written.
 */
export function rewriteManifest(
  manifest: LoadedManifest,
  changes: readonly ManifestChange[],
  expected: Manifest
): string {
  if (changes.length === 0) return manifest.text
  const text = editManifestText(manifest, changes)
  const reread = loadManifestText(text, manifest.file)
  if (!isDeepStrictEqual(plain(reread.data), plain(expected))) {
    throw new Error(`the edit of ${manifest.file} did not read back as planned; nothing was written`)
  }
  return text
}

/** The data as plain JSON values, so that the comparison looks at content only. */
function plain(data: Manifest): unknown {
  return JSON.parse(JSON.stringify(data))
}
