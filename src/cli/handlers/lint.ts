import { readWorkspaceManifest } from '../../commands/workspace.js'
import { checkManifest } from '../../manifest/read.js'
import { ManifestError, formatProblem, type Problem } from '../../manifest/problems.js'
import { EXIT_BAD_INPUT, EXIT_OK, print } from '../output.js'
import type { CliContext } from './context.js'

/** Every problem of the manifest as FILE:LINE:COL: message; with --json, `{ file, problems }` either way. */
export async function runLintCommand(context: CliContext): Promise<number> {
  const { workspace, io } = context
  let problems: Problem[]
  try {
    problems = (await checkManifest(await readWorkspaceManifest(workspace), workspace.manifestName)).problems
  } catch (error) {
    // A manifest that cannot be read at all is a problem of the file, reported like every other one.
    if (!(error instanceof ManifestError)) throw error
    problems = error.problems
  }
  if (context.json) print(io, true, { file: workspace.manifestName, problems }, () => '')
  else if (problems.length === 0) io.out(`${workspace.manifestName}: no problems\n`)
  else io.err(problems.map(formatProblem).join('\n') + '\n')
  return problems.length === 0 ? EXIT_OK : EXIT_BAD_INPUT
}
