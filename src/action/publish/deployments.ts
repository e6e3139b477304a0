import * as core from '@actions/core'
import { logFenced } from '../fence.js'
import type { DeploymentRef, GitHubApi } from '../../adapters/github.js'
import type { Manifest } from '../../manifest/schema.js'
import { landingsOf, pipelineOf } from '../../stages/pipeline.js'

export interface RecordedDeployment extends DeploymentRef {
  model: string
  version: string
  stage: string
}

/**
 * A GitHub deployment for every version that landed in a stage with an `environment`, at the commit that landed
 * it (`data` is the manifest at that commit). Nothing is called when no stage has an environment.
 */
export async function recordDeployments(
  connect: () => Promise<GitHubApi>,
  data: Manifest,
  transitions: ReadonlyArray<{ model: string; version: string; to: string | null }>,
  sha: string,
  runUrl?: string
): Promise<RecordedDeployment[]> {
  const landings = landingsOf(pipelineOf(data), transitions)
  if (landings.length === 0) return []
  return core.group('Record deployments', async () => {
    const api = await connect()
    const recorded: RecordedDeployment[] = []
    for (const landing of landings) {
      const uri = data.models[landing.model]?.versions.get(landing.version)?.uri ?? null
      const description = `${landing.model} ${landing.version} in ${landing.stage}`.slice(0, 140)
      const deployment = await api.recordDeployment({
        sha,
        environment: landing.environment,
        payload: { model: landing.model, version: landing.version, uri },
        description,
        logUrl: runUrl,
        production: landing.production
      })
      // The environment's name is the manifest's text: fenced like all of it.
      await logFenced(
        `Deployment ${deployment.id} to ${landing.environment}: ${description}${recordedBefore(deployment)}`
      )
      recorded.push({ ...deployment, model: landing.model, version: landing.version, stage: landing.stage })
    }
    return recorded
  })
}

function recordedBefore(deployment: DeploymentRef): string {
  if (deployment.created) return ''
  return deployment.completed
    ? ' (recorded before without a status: marked successful now)'
    : ' (recorded before)'
}
