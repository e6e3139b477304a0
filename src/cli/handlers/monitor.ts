import { monitorServed } from '../../commands/monitor.js'
import type { MonitorRequest } from '../../commands/request.js'
import { readWorkspaceManifest } from '../../commands/workspace.js'
import { readManifest } from '../../manifest/read.js'
import { monitorText } from '../../reporting/monitor.js'
import { EXIT_OK, EXIT_REFUSED, print } from '../output.js'
import type { CliContext } from './context.js'
import { validationOptions } from './move.js'

/** Checks what is served; exit 1 when a check fails. What a failure does (issue, rollback, block) is the action's. */
export async function runMonitorCommand(context: CliContext<MonitorRequest>): Promise<number> {
  const { workspace, request } = context
  const data = await readManifest(await readWorkspaceManifest(workspace), workspace.manifestName)
  const monitored = await monitorServed(workspace, data, request.model, validationOptions(context, request))
  const failed = monitored.some(entry => !entry.passed)
  print(context.io, context.json, { failed, monitored }, () => monitorText(monitored))
  return failed ? EXIT_REFUSED : EXIT_OK
}
