import path from 'node:path'
import type { SiteRequest } from '../../commands/request.js'
import { buildSite } from '../../commands/site.js'
import { linksFromRemote, linksFromUrl, type RepositoryLinks } from '../../site/links.js'
import { InputError } from '../../stages/errors.js'
import { EXIT_OK, print, warnBrokenRevisions } from '../output.js'
import type { CliContext } from './context.js'

/** Links go to --repo-url when given (it must be http(s)), else to the origin remote when it is on a GitHub host. */
async function repositoryLinks(context: CliContext<SiteRequest>): Promise<RepositoryLinks | undefined> {
  const given = context.request.repoUrl
  if (given !== undefined) {
    const links = linksFromUrl(given)
    if (!links) throw new InputError(`--repo-url takes an http(s) address, not ${JSON.stringify(given)}`)
    return links
  }
  const origin = await context.workspace.git?.remoteUrl('origin')
  return origin === undefined ? undefined : linksFromRemote(origin)
}

/** The registry as a static site: an index and a page per model, from the manifest and its history. */
export async function runSiteCommand(context: CliContext<SiteRequest>): Promise<number> {
  const { workspace, request, io } = context
  const result = await buildSite(workspace, request, io.cwd, await repositoryLinks(context))
  warnBrokenRevisions(io, workspace.manifestName, result.brokenRevisions)
  const shown = {
    folder: result.folder,
    models: result.models,
    files: result.files,
    indexBytes: result.indexBytes,
    commit: result.commit,
    repository: result.repository
  }
  print(io, context.json, shown, () => {
    const where = path.relative(io.cwd, result.folder) || '.'
    const at = result.commit ? ` at ${result.commit.slice(0, 7)}` : ''
    const links = result.repository
      ? `links to ${result.repository}`
      : 'no repository links (give --repo-url)'
    return (
      `Wrote the registry of ${result.models} model${result.models === 1 ? '' : 's'}${at} to ${where} ` +
      `(${links}): open ${path.join(where, 'index.html')}\n`
    )
  })
  return EXIT_OK
}
