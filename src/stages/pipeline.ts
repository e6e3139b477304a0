import { ARCHIVED } from '../manifest/names.js'
import type { Gates, Manifest, StageDeclaration } from '../manifest/schema.js'

/** One stage of a pipeline, with its guards. */
export interface StageSpec {
  name: string
  /** At most one version of a model here; entering it archives the one it replaces. */
  exclusive: boolean
  validate?: string
  /** The soak as written (`24h`), and in seconds. */
  soak?: string
  soakSeconds?: number
  environment?: string
  gates?: Gates
}

/** The stages a version moves through, in order; `archived` is implicit and not among them. */
export interface Pipeline {
  stages: readonly StageSpec[]
}

/** A manifest without `stages:`: staging → production, production exclusive. */
export const DEFAULT_PIPELINE: Pipeline = {
  stages: [
    { name: 'staging', exclusive: false },
    { name: 'production', exclusive: true }
  ]
}

const UNIT_SECONDS = { m: 60, h: 3600, d: 86_400 } as const

/** `30m`, `24h`, `7d` in seconds; undefined for anything else. */
export function durationSeconds(text: string): number | undefined {
  const match = /^([1-9]\d*)(m|h|d)$/.exec(text)
  if (!match) return undefined
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS]
}

/** "20h 50m", "3d 4h", "45s": the two largest units, whole seconds down, for a person reading a refusal. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  const parts: string[] = []
  const days = Math.floor(whole / 86_400)
  const hours = Math.floor((whole % 86_400) / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  if (days > 0) parts.push(`${days}d`)
  if (hours > 0) parts.push(`${hours}h`)
  if (minutes > 0) parts.push(`${minutes}m`)
  if (parts.length === 0) return `${whole}s`
  return parts.slice(0, 2).join(' ')
}

function specOf(declaration: StageDeclaration): StageSpec {
  const spec: StageSpec = { name: declaration.name, exclusive: declaration.exclusive === true }
  if (declaration.validate !== undefined) spec.validate = declaration.validate
  if (declaration.soak !== undefined) {
    spec.soak = declaration.soak
    spec.soakSeconds = durationSeconds(declaration.soak)
  }
  if (declaration.environment !== undefined) spec.environment = declaration.environment
  if (declaration.gates !== undefined && Object.keys(declaration.gates).length > 0)
    spec.gates = declaration.gates
  return spec
}

export function pipelineOf(data: Pick<Manifest, 'stages'>): Pipeline {
  return data.stages ? { stages: data.stages.map(specOf) } : DEFAULT_PIPELINE
}

export function firstStage(pipeline: Pipeline): StageSpec {
  return pipeline.stages[0] as StageSpec
}

/** Where the live version is: the stage `production-version` and the metric gates' champion speak of. */
export function lastStage(pipeline: Pipeline): StageSpec {
  return pipeline.stages[pipeline.stages.length - 1] as StageSpec
}

export function stageSpec(pipeline: Pipeline, name: string | null): StageSpec | undefined {
  return pipeline.stages.find(stage => stage.name === name)
}

export function stageIndex(pipeline: Pipeline, name: string | null): number {
  return pipeline.stages.findIndex(stage => stage.name === name)
}

/** The stage after `name`; undefined for the last stage, archived or an unknown one. */
export function nextStage(pipeline: Pipeline, name: string): StageSpec | undefined {
  const index = stageIndex(pipeline, name)
  return index === -1 ? undefined : pipeline.stages[index + 1]
}

/** Every name a version's stage may take: the declared stages and archived. */
export function stageNames(pipeline: Pipeline): string[] {
  return [...pipeline.stages.map(stage => stage.name), ARCHIVED]
}

export function isExclusive(pipeline: Pipeline, name: string | null): boolean {
  return stageSpec(pipeline, name)?.exclusive === true
}

/** A stage that must not be passed over by a promotion to a later one: it holds a guard of its own. */
export function isGuard(stage: StageSpec): boolean {
  return (
    stage.exclusive || stage.soak !== undefined || stage.validate !== undefined || stage.gates !== undefined
  )
}

/** "staging → canary → production" */
export function pipelineText(pipeline: Pipeline): string {
  return pipeline.stages.map(stage => stage.name).join(' → ')
}

/** A version arriving in a stage mapped to a GitHub environment: what a deployment records. */
export interface Landing {
  model: string
  version: string
  stage: string
  environment: string
  /** The stage is the last one: GitHub's production environment. */
  production: boolean
}

/** The moves into stages that have an `environment`, in the order given. */
export function landingsOf(
  pipeline: Pipeline,
  changes: ReadonlyArray<{ model: string; version: string; to: string | null }>
): Landing[] {
  const last = lastStage(pipeline).name
  return changes.flatMap(change => {
    const environment = stageSpec(pipeline, change.to)?.environment
    if (environment === undefined || change.to === null) return []
    return [
      {
        model: change.model,
        version: change.version,
        stage: change.to,
        environment,
        production: change.to === last
      }
    ]
  })
}
