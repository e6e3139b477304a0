import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder of the model-stages package the running code belongs to, and its package.json. */
export function packageRoot(): { folder: string; version: string } | undefined {
  for (let folder = path.dirname(fileURLToPath(import.meta.url)); ; folder = path.dirname(folder)) {
    const file = path.join(folder, 'package.json')
    const manifest = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string })
      : {}
    if (manifest.name === 'model-stages' && manifest.version) return { folder, version: manifest.version }
    if (folder === path.dirname(folder)) return undefined
  }
}

/**
 * The package's JSON Schema as a path relative to the manifest's folder, when the package is installed inside the
 * repository (so that the path holds for everyone who clones it); otherwise nothing.
 */
export function schemaPathFrom(manifestFolder: string, repositoryRoot: string): string | undefined {
  const root = packageRoot()
  if (!root) return undefined
  const schema = path.join(root.folder, 'schema', 'model-stages.schema.json')
  if (!existsSync(schema)) return undefined
  const inside = path.relative(repositoryRoot, schema)
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined
  return path.relative(manifestFolder, schema).split(path.sep).join('/')
}
