import * as core from '@actions/core'
import { writeSummary } from './summary.js'
import { annotate } from './annotations.js'
import { readInputs } from './inputs.js'
import { PublishError } from './publish/publish-error.js'
import { Connection } from './connection.js'
import { readRunContext } from './run-context.js'
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
    const { request } = inputs
    core.debug(
      `${request.command} in ${workspace.root}: manifest ${workspace.manifestName}, mode ${inputs.mode}` +
        (workspace.git ? '' : ' (not a git checkout)')
    )
    // Each command is loaded when it runs, so that a run loads only what its command uses.
    if (request.command === 'show')
      return await (await import('./run-show.js')).runShow({ ...inputs, request }, workspace)
    // Every other command works with the run (its repository, event and actor) and may reach GitHub through the
    // one connection the token makes.
    const context = await readRunContext()
    const connection = new Connection(inputs.token, context, workspace.git)
    switch (request.command) {
      case 'register':
      case 'promote':
      case 'archive':
      case 'restore':
      case 'rollback':
      case 'block':
      case 'unblock':
        return await (
          await import('./run-move.js')
        ).runMove({ ...inputs, request }, context, workspace, connection)
      case 'history':
        return await (
          await import('./run-history.js')
        ).runHistory({ ...inputs, request }, context, workspace, connection)
      case 'check':
        return await (
          await import('./run-check.js')
        ).runCheck({ ...inputs, request }, context, workspace, connection)
      case 'evaluate':
        if (request.plan)
          return await (await import('./run-plan.js')).runPlan({ ...inputs, request }, workspace)
        if (request.results !== undefined)
          return await (
            await import('./run-gather.js')
          ).runGather({ ...inputs, request }, context, workspace, connection)
        return await (
          await import('./run-evaluate.js')
        ).runEvaluate({ ...inputs, request }, context, workspace, connection)
      case 'monitor':
        return await (
          await import('./run-monitor.js')
        ).runMonitor({ ...inputs, request }, context, workspace, connection)
      case 'verify':
        return await (await import('./run-verify.js')).runVerify({ ...inputs, request }, workspace)
      case 'validate':
        return await (await import('./run-validate.js')).runValidate({ ...inputs, request }, workspace)
      case 'changes':
        return await (
          await import('./run-changes.js')
        ).runChanges({ ...inputs, request }, context, workspace, connection)
      case 'site':
        return await (
          await import('./run-site.js')
        ).runSite({ ...inputs, request }, context, workspace, connection)
    }
  } catch (error) {
    await report(error)
  }
}
