import type { VerifyRequest } from '../../commands/request.js'
import { verifyDigests, verifyFailed } from '../../commands/verify.js'
import { readWorkspaceManifest } from '../../commands/workspace.js'
import { readManifest } from '../../manifest/read.js'
import { verifyText } from '../../reporting/verify.js'
import { EXIT_OK, EXIT_REFUSED, print } from '../output.js'
import type { CliContext } from './context.js'

/** Takes the digests of what is served again; exit 1 on drift. */
export async function runVerifyCommand(context: CliContext<VerifyRequest>): Promise<number> {
  const { workspace, request } = context
  const data = await readManifest(await readWorkspaceManifest(workspace), workspace.manifestName)
  const verified = await verifyDigests(workspace, data, request.model, request.stages)
  const failed = verifyFailed(verified)
  print(context.io, context.json, { drift: failed, verified }, () => verifyText(verified))
  return failed ? EXIT_REFUSED : EXIT_OK
}
