import * as core from '@actions/core'
import { writeSummary } from './summary.js'
import { annotate } from './annotations.js'
import { readInputs } from './inputs.js'
import { PublishError } from './publish/publish-error.js'
import { Connection } from './connection.js'
import { readRunContext } from './run-context.js'
import { isMoveCommand } from '../commands/moves.js'
import { openWorkspace } from '../commands/workspace.js'
import { ManifestError } from '../manifest/problems.js'
import { errorSummary, problemsSummary } from '../reporting/summary.js'

/** A stopped run: annotations for manifest problems, a summary, a failed step. Nothing was written. */
async function report(error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof ManifestError) {
    error.problems.forEach(annotate)
    await writeSummary(problemsSummary(error.problems)).catch(() => undefined)
    core.setFailed(`${error.problems.length} problem(s) in the manifest; nothing was changed`)
    return
  }
  const leftBehind = error instanceof PublishError ? error.leftBehind : undefined
  await writeSummary(errorSummary(message, leftBehind)).catch(() => undefined)
  core.setFailed(leftBehind ? `${message}\n${leftBehind}` : message)
}

/** The action: read the inputs, run the command, report. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const workspace = await openWorkspace(process.cwd(), inputs.manifest)
    core.debug(
      `${inputs.command} in ${workspace.root}: manifest ${workspace.manifestName}, mode ${inputs.mode}` +
        (workspace.git ? '' : ' (not a git checkout)')
    )
    // Each command is loaded when it runs, so that a run loads only what its command uses.
    if (inputs.command === 'show') return await (await import('./run-show.js')).runShow(inputs, workspace)
    // Every other command works with the run (its repository, event and actor) and may reach GitHub through the
    // one connection the token makes.
    const context = await readRunContext()
    const connection = new Connection(inputs.token, context, workspace.git)
    if (isMoveCommand(inputs.command))
      return await (
        await import('./run-move.js')
      ).runMove(inputs.command, inputs, context, workspace, connection)
    switch (inputs.command) {
      case 'history':
        return await (await import('./run-history.js')).runHistory(inputs, context, workspace, connection)
      case 'check':
        return await (await import('./run-check.js')).runCheck(inputs, context, workspace, connection)
      case 'evaluate':
        return await (await import('./run-evaluate.js')).runEvaluate(inputs, context, workspace, connection)
      case 'changes':
        return await (await import('./run-changes.js')).runChanges(inputs, context, workspace, connection)
    }
  } catch (error) {
    await report(error)
  }
}
