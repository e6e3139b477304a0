import * as core from '@actions/core'
import { setOutput } from './outputs.js'
import { writeSummary } from './summary.js'
import type { Connection } from './connection.js'
import type { ActionInputs } from './inputs.js'
import type { RunContext } from './run-context.js'
import type { SiteRequest } from '../commands/request.js'
import { buildSite } from '../commands/site.js'
import type { Workspace } from '../commands/workspace.js'
import { linksFromRun } from '../site/links.js'
import { deepenShallowCheckout, warnBrokenRevisions } from './whole-history.js'

/** The registry as a static site in the out folder (for actions/upload-pages-artifact), its links to this repository. */
export async function runSite(
  inputs: ActionInputs<SiteRequest>,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
) {
  // The timelines are read from the whole history.
  await deepenShallowCheckout(workspace, connection)
  const result = await buildSite(
    workspace,
    inputs.request,
    process.cwd(),
    linksFromRun(context.serverUrl, context.owner, context.repo)
  )
  warnBrokenRevisions(workspace, result.brokenRevisions)
  core.info(`Wrote the registry of ${result.models} model(s) to ${result.folder}`)
  setOutput('site-path', result.folder)
  setOutput('changed', 'false')
  await writeSummary(
    `## model-stages: site\n\nThe registry of ${result.models} model${result.models === 1 ? '' : 's'}` +
      `${result.commit ? ` at ${result.commit.slice(0, 7)}` : ''} written to \`${result.folder}\` ` +
      `(${result.files} files; the index is ${(result.indexBytes / 1024).toFixed(0)} KB).`
  )
}
