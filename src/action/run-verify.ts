import * as core from '@actions/core'
import type { VerifyRequest } from '../commands/request.js'
import { verifyDigests, verifyFailed } from '../commands/verify.js'
import { readWorkspaceManifest, type Workspace } from '../commands/workspace.js'
import { readManifest } from '../manifest/read.js'
import { verifyMarkdown, verifyText } from '../reporting/verify.js'
import type { ActionInputs } from './inputs.js'
import { logFenced } from './fence.js'
import { setOutput } from './outputs.js'
import { writeSummary } from './summary.js'

/** verify: the digests of what is served taken again, for a schedule or a deploy job; the step fails on drift. */
export async function runVerify(
  { request }: ActionInputs<VerifyRequest>,
  workspace: Workspace
): Promise<void> {
  const data = await readManifest(await readWorkspaceManifest(workspace), workspace.manifestName)
  const verified = await verifyDigests(workspace, data, request.model, request.stages)
  const failed = verifyFailed(verified)
  setOutput('verified', JSON.stringify(verified))
  setOutput('drift', String(failed))
  setOutput('changed', 'false')
  await logFenced(verifyText(verified).trimEnd())
  await writeSummary(`## model-stages: verify\n\n${verifyMarkdown(verified)}`)
  if (failed)
    core.setFailed(
      `the artifacts of ${verified.filter(entry => entry.status === 'drift' || entry.status === 'unreadable').length} served version(s) are not the bytes recorded (see the summary)`
    )
}
