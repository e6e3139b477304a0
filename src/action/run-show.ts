import { setOutput } from './outputs.js'
import { logFenced } from './fence.js'
import { writeSummary } from './summary.js'
import { describeModel, requireProduction } from '../commands/show.js'
import { readWorkspaceManifest, type Workspace } from '../commands/workspace.js'
import { readManifestForModel } from '../manifest/read.js'
import { lastStage, pipelineOf } from '../stages/pipeline.js'
import type { ShowRequest } from '../commands/request.js'
import type { ActionInputs } from './inputs.js'

/** What is in production (and the stage of a named version), for a deploy job. */
export async function runShow({ request }: ActionInputs<ShowRequest>, workspace: Workspace) {
  const model = request.model
  const data = await readManifestForModel(
    await readWorkspaceManifest(workspace),
    workspace.manifestName,
    model
  )
  const report = describeModel(data, model, request.version)
  setOutput('model', report.model)
  if (report.version) {
    setOutput('version', report.version.version)
    setOutput('stage', report.version.stage)
  }
  const live = lastStage(pipelineOf(data)).name
  const production = report.version ? report.production : requireProduction(report, live)
  setOutput('production-version', production?.version ?? '')
  setOutput('production-uri', production?.uri ?? '')
  setOutput('changed', 'false')
  const line = production
    ? `${report.model} in ${live}: ${production.version}${production.uri ? ` (${production.uri})` : ''}`
    : `${report.model}: nothing in ${live}`
  const frozen = report.frozen.map(f => `${f.stage} is frozen until ${f.until}: ${f.reason}`)
  await logFenced([line, ...frozen].join('\n'))
  await writeSummary(`## model-stages: ${line}`)
}
