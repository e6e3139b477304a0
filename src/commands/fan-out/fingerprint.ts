import { createHash } from 'node:crypto'
import type { Manifest } from '../../manifest/schema.js'

/**
 * What a model's validation was planned and run against: its own entry and the settings that apply to it (stages,
 * defaults), as data. A result whose fingerprint differs from the manifest's now is stale: the model changed since.
 */
export function modelFingerprint(data: Manifest, model: string): string | undefined {
  const entry = data.models[model]
  if (!entry) return undefined
  const canonical = JSON.stringify({
    stages: data.stages ?? null,
    defaults: data.defaults ?? null,
    model: { ...entry, versions: [...entry.versions] }
  })
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`
}

/** The id git gives a file's content (`git hash-object`): which manifest text a result came from. */
export function gitBlobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}
