import { promises as fs } from 'node:fs'
import path from 'node:path'
import { InputError } from '../stages/errors.js'
import { closeCharts } from './charts.js'
import type { Registry } from './gather.js'
import { indexPage, modelPagePath } from './index-page.js'
import type { RepositoryLinks } from './links.js'
import { modelPage } from './model-page.js'
import { FILTER_SCRIPT } from './script.js'
import { STYLESHEET } from './style.js'

/** Model pages written at once, while the next is made. */
const PAGES_IN_FLIGHT = 8

/** Written last, in every site: it says the folder is a site model-stages may build again in place. */
export const SITE_MARKER = 'model-stages-site.json'

export interface WrittenSite {
  folder: string
  models: number
  /** Every file written, the marker included. */
  files: number
  indexBytes: number
}

/**
 * A folder to build in: new, empty, or a site built before (its marker there), whose pages are removed first so
 * that a model no longer in the manifest leaves no page behind. Any other folder is refused: it is not ours to empty.
 */
async function prepareFolder(folder: string): Promise<void> {
  const names = await fs.readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (names !== undefined && names.length > 0) {
    if (!names.includes(SITE_MARKER))
      throw new InputError(
        `${folder} has files and is not a site model-stages built (it has no ${SITE_MARKER}): give a new or empty folder`
      )
    for (const name of ['index.html', 'site.css', 'filter.js', 'models', SITE_MARKER])
      await fs.rm(path.join(folder, name), { recursive: true, force: true })
  }
  await fs.mkdir(path.join(folder, 'models'), { recursive: true })
}

/** The newest move of the whole registry: where a holding still open ends on a timeline. */
function newestMove(registry: Registry): number {
  let newest = Number.NEGATIVE_INFINITY
  for (const entries of registry.history.values())
    for (const entry of entries) {
      const at = entry.date === null ? NaN : Date.parse(entry.date)
      if (at > newest) newest = at
    }
  return Number.isFinite(newest) ? newest : Date.now()
}

/** Every page of the registry into `folder`, one model page at a time (none is kept once written). */
export async function writeSite(
  registry: Registry,
  folder: string,
  links: RepositoryLinks | undefined
): Promise<WrittenSite> {
  await prepareFolder(folder)
  const now = newestMove(registry)
  const index = indexPage(registry, links)
  await fs.writeFile(path.join(folder, 'index.html'), index)
  await fs.writeFile(path.join(folder, 'site.css'), STYLESHEET)
  await fs.writeFile(path.join(folder, 'filter.js'), FILTER_SCRIPT)
  const models = Object.entries(registry.data.models)
  // A page is written while the next one is made; at most a few are held at once.
  const writing = new Set<Promise<void>>()
  try {
    for (const [model, entry] of models) {
      const write = fs.writeFile(
        path.join(folder, modelPagePath(model)),
        modelPage(registry, model, entry, now, links)
      )
      writing.add(write)
      void write.finally(() => writing.delete(write)).catch(() => undefined)
      if (writing.size >= PAGES_IN_FLIGHT) await Promise.race(writing)
    }
    await Promise.all(writing)
  } finally {
    closeCharts()
  }
  await fs.writeFile(
    path.join(folder, SITE_MARKER),
    JSON.stringify(
      {
        generator: 'model-stages',
        manifest: registry.manifestName,
        commit: registry.commit,
        models: models.length
      },
      null,
      2
    ) + '\n'
  )
  return { folder, models: models.length, files: models.length + 4, indexBytes: Buffer.byteLength(index) }
}
