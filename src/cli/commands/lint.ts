import { readWorkspaceManifest } from '../../commands/workspace.js'
import { checkManifestText } from '../../manifest/load.js'
import { ManifestError } from '../../manifest/problems.js'
import { EXIT_OK, print } from '../output.js'
import type { CliContext } from './context.js'

/** Every problem of the manifest as FILE:LINE:COL: message. */
export async function runLintCommand(context: CliContext): Promise<number> {
  const { workspace } = context
  const { problems } = checkManifestText(await readWorkspaceManifest(workspace), workspace.manifestName)
  if (problems.length > 0) throw new ManifestError(problems)
  print(
    context.io,
    context.json,
    { file: workspace.manifestName, problems },
    () => `${workspace.manifestName}: no problems\n`
  )
  return EXIT_OK
}
