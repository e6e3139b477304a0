import { readWorkspaceManifest } from '../../commands/workspace.js'
import { readManifest } from '../../manifest/read.js'
import type { Problem } from '../../manifest/problems.js'
import { EXIT_OK, print } from '../output.js'
import type { CliContext } from './context.js'

/** Every problem of the manifest as FILE:LINE:COL: message. */
export async function runLintCommand(context: CliContext): Promise<number> {
  const { workspace } = context
  // A valid manifest is read fast; the position-tracking check runs only to report problems.
  await readManifest(await readWorkspaceManifest(workspace), workspace.manifestName)
  const problems: Problem[] = []
  print(
    context.io,
    context.json,
    { file: workspace.manifestName, problems },
    () => `${workspace.manifestName}: no problems\n`
  )
  return EXIT_OK
}
