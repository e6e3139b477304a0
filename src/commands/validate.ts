import { runValidation, type ValidationResult } from '../adapters/validation.js'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Manifest } from '../manifest/schema.js'
import type { ValidationFacts } from '../stages/admission.js'
import { InputError } from '../stages/errors.js'
import { baselineModeFor, evaluateGates, gatesFor } from '../stages/gates.js'
import { lastStage, pipelineOf, stageSpec } from '../stages/pipeline.js'
import { readMetricsFile } from './metrics-file.js'
import type { Workspace } from './workspace.js'

export interface ValidationOptions {
  /** Overrides the manifest's command. */
  validate?: string
  timeoutSeconds?: number
  onOutput?: (chunk: string) => void
  /** One shard of a sharded validation: MODEL_SHARD_INDEX and MODEL_SHARD_COUNT in its environment. */
  shard?: { index: number; count: number }
}

/** The command a version must pass to enter `target`: the override, else the stage's, the model's, the defaults'. */
export function validationCommand(
  data: Manifest,
  model: string,
  override?: string,
  target?: string
): string | undefined {
  const stage = target === undefined ? undefined : stageSpec(pipelineOf(data), target)
  const command = override?.trim()
    ? override
    : (stage?.validate ?? data.models[model]?.validate ?? data.defaults?.validate)
  return command?.trim() ? command : undefined
}

export interface VersionUnderValidation {
  model: string
  version: string
  uri?: string
  /** The stage it is in now. */
  stage: string
  /** The stage it is about to enter. */
  target: string
}

export function validationEnvironment(
  workspace: Workspace,
  subject: VersionUnderValidation,
  metricsFile?: string,
  shard?: { index: number; count: number }
): Record<string, string> {
  return {
    ...(metricsFile ? { MODEL_METRICS_FILE: metricsFile } : {}),
    ...(shard ? { MODEL_SHARD_INDEX: String(shard.index), MODEL_SHARD_COUNT: String(shard.count) } : {}),
    MODEL_NAME: subject.model,
    MODEL_VERSION: subject.version,
    MODEL_URI: subject.uri ?? '',
    MODEL_STAGE: subject.stage,
    MODEL_TARGET_STAGE: subject.target,
    MODEL_STAGES_MANIFEST: workspace.manifestName
  }
}

/** Runs the validation of a version about to enter a stage; no command configured is an error, never a pass. */
export async function validateVersion(
  workspace: Workspace,
  data: Manifest,
  subject: VersionUnderValidation,
  options: ValidationOptions,
  metricsFile?: string
): Promise<ValidationResult> {
  const command = validationCommand(data, subject.model, options.validate, subject.target)
  if (!command) {
    const stageSetting = data.stages ? `the ${subject.target} stage's validate, ` : ''
    throw new InputError(
      `no validation command for ${subject.model}: a version enters ${subject.target} only after validation. ` +
        `Set ${stageSetting}models.${subject.model}.validate or defaults.validate in the manifest, or give this run one (--validate, or the validate input of the action)`
    )
  }
  return runValidation({
    command,
    cwd: workspace.root,
    env: validationEnvironment(workspace, subject, metricsFile, options.shard),
    timeoutSeconds: options.timeoutSeconds,
    onOutput: options.onOutput
  })
}

/** A validation's result and what it measured (or why its metrics file could not be used). */
export interface Measurement {
  validation: ValidationResult
  metrics?: Record<string, number>
  error?: string
  /** The artifact's digest where it was validated (gathered results), checked against the recorded one. */
  digest?: string
}

/** Runs a validation with a fresh MODEL_METRICS_FILE and reads what it measured. */
export async function measure(
  workspace: Workspace,
  data: Manifest,
  subject: VersionUnderValidation,
  options: ValidationOptions
): Promise<Measurement> {
  const folder = await mkdtemp(path.join(tmpdir(), 'model-stages-metrics-'))
  try {
    const file = path.join(folder, 'metrics.json')
    const validation = await validateVersion(workspace, data, subject, options, file)
    return { validation, ...(await readMetricsFile(file)) }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** What a validation that ran found: its command's result, the gates judged, and what it measured. */
export type ValidationRun = Extract<ValidationFacts, { state: 'ran' }>

/**
 * The validation of a version entering a stage: its command, then the metric gates of that stage against the live
 * version's metrics (recorded, or measured again in this run with `baseline: rerun`). What it found, not whether the
 * version may enter: that is the admission's verdict.
 */
export async function validateForStage(
  workspace: Workspace,
  data: Manifest,
  subject: VersionUnderValidation,
  options: ValidationOptions,
  production?: Production
): Promise<ValidationRun> {
  const candidate = await measure(workspace, data, subject, options)
  return judgeMeasurement(data, subject, candidate, production, champion =>
    measure(workspace, data, champion, options)
  )
}

type Production = { version: string; uri?: string; metrics?: Record<string, number> }

/**
 * A measurement judged against the stage's gates: the live version's recorded metrics, or (`baseline: rerun`) the
 * live version measured again by `remeasure`; without `remeasure` (a gathered result: nothing runs) that is a
 * problem, not a comparison with numbers nobody measured in this evaluation.
 */
export async function judgeMeasurement(
  data: Manifest,
  subject: VersionUnderValidation,
  candidate: Measurement,
  production: Production | undefined,
  remeasure?: (champion: VersionUnderValidation) => Promise<Measurement>
): Promise<ValidationRun> {
  const result = {
    state: 'ran' as const,
    result: candidate.validation,
    gates: [],
    measured: candidate.metrics
  }
  if (candidate.validation.status !== 'passed') return result
  if (candidate.error) return { ...result, problem: candidate.error }
  const gates = gatesFor(data, subject.model, subject.target)
  if (gates.length === 0) return result
  let baseline = production?.metrics
  if (
    production &&
    production.version !== subject.version &&
    baselineModeFor(data, subject.model) === 'rerun'
  ) {
    if (!remeasure)
      return {
        ...result,
        problem:
          `baseline: rerun measures the live version ${production.version} again in the same run, and gathered ` +
          'results run nothing: use baseline: recorded for a model whose validation fans out'
      }
    const champion = await remeasure({
      model: subject.model,
      version: production.version,
      uri: production.uri,
      stage: lastStage(pipelineOf(data)).name,
      target: subject.target
    })
    if (champion.validation.status !== 'passed' || champion.error)
      return {
        ...result,
        problem: `the live version ${production.version} could not be measured again (baseline: rerun): ${
          champion.error ?? `its validation ${champion.validation.status}`
        }`
      }
    baseline = champion.metrics ?? production.metrics
  }
  const recorded = data.models[subject.model]?.versions.get(subject.version)?.metrics
  return {
    ...result,
    gates: gates.flatMap(set => evaluateGates(set, candidate.metrics ?? recorded ?? {}, baseline))
  }
}
