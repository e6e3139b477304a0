import path from 'node:path'
import type { SiteRequest } from './request.js'
import type { Workspace } from './workspace.js'
import { gatherRegistry } from '../site/gather.js'
import type { RepositoryLinks } from '../site/links.js'
import { writeSite, type WrittenSite } from '../site/write.js'
import type { BrokenRevision } from '../adapters/manifest-history.js'

export interface SiteResult extends WrittenSite {
  /** The commit the registry was read at (null outside git). */
  commit: string | null
  /** Where links to commits and pull requests go; undefined: they are plain text. */
  repository: string | null
  brokenRevisions: readonly BrokenRevision[]
}

/**
 * The registry as a static site in `request.out` (read from `base`): the manifest now (or `at` a revision or date)
 * and its history up to there, as an index and a page per model.
 */
export async function buildSite(
  workspace: Workspace,
  request: SiteRequest,
  base: string,
  links: RepositoryLinks | undefined
): Promise<SiteResult> {
  const registry = await gatherRegistry(workspace, request.at)
  const written = await writeSite(registry, path.resolve(base, request.out), links)
  return {
    ...written,
    commit: registry.commit,
    repository: links?.web ?? null,
    brokenRevisions: registry.brokenRevisions
  }
}
