import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runValidation, type ValidationResult } from '../adapters/validation.js'
import type { Gates, Manifest } from '../manifest/schema.js'
import { InputError } from '../stages/errors.js'
import { evaluateGates, gatesFor, type GateResult } from '../stages/gates.js'
import { pipelineOf } from '../stages/pipeline.js'
import { takeDigest } from './digest.js'
import { readMetricsFile } from './metrics-file.js'
import { validationCommand, validationEnvironment, type ValidationOptions } from './validate.js'
import type { Workspace } from './workspace.js'

export type OnFailure = 'report' | 'rollback' | 'block'

/** One check of a served version, and what it found. */
export interface MonitorCheck {
  kind: 'digest' | 'command' | 'metrics' | 'gate'
  passed: boolean
  /** What a person reads: "auc 0.71 is under min 0.85", "exited 1 after 2.0 s". */
  detail: string
}

/** A version in an exclusive stage (what is served), checked. */
export interface MonitoredVersion {
  model: string
  version: string
  stage: string
  passed: boolean
  checks: MonitorCheck[]
  /** The command's run, when one ran. */
  run?: ValidationResult
  gates: GateResult[]
  onFailure: OnFailure
  failuresBeforeAction: number
}

/** Only the absolute bounds of a stage's gates apply to what is live: change rules need a challenger. */
function absoluteBounds(gates: Gates): Gates {
  return Object.fromEntries(
    Object.entries(gates)
      .filter(([, gate]) => gate.min !== undefined || gate.max !== undefined)
      .map(([metric, gate]) => [metric, { min: gate.min, max: gate.max }])
  )
}

function monitorCommand(data: Manifest, model: string, stage: string, override?: string): string | undefined {
  const declared = data.models[model]?.monitor ?? data.defaults?.monitor
  return declared?.trim() ? declared : validationCommand(data, model, override, stage)
}

/** What a failure does for a model, and after how many consecutive failing runs. */
export function failurePolicy(
  data: Manifest,
  model: string
): { onFailure: OnFailure; failuresBeforeAction: number } {
  const entry = data.models[model]
  return {
    onFailure: entry?.on_failure ?? data.defaults?.on_failure ?? 'report',
    failuresBeforeAction: entry?.failures_before_action ?? data.defaults?.failures_before_action ?? 1
  }
}

/**
 * Checks every served version (the one in each exclusive stage) of every model, or MODEL's: its digest when one is
 * recorded, its monitoring command (else its validation command) run like the validation with MODEL_STAGE its stage,
 * and the absolute bounds of its stage's gates on what that command measured.
 */
export async function monitorServed(
  workspace: Workspace,
  data: Manifest,
  model: string | undefined,
  options: ValidationOptions
): Promise<MonitoredVersion[]> {
  if (model !== undefined && !data.models[model]) throw new InputError(`unknown model ${model}`)
  const exclusive = pipelineOf(data)
    .stages.filter(stage => stage.exclusive)
    .map(stage => stage.name)
  const monitored: MonitoredVersion[] = []
  for (const name of model === undefined ? Object.keys(data.models) : [model]) {
    for (const [version, entry] of data.models[name]?.versions ?? []) {
      if (!exclusive.includes(entry.stage)) continue
      const subject = { model: name, version, uri: entry.uri, stage: entry.stage, target: entry.stage }
      const checks: MonitorCheck[] = []
      if (entry.digest) {
        try {
          const { digest } = await takeDigest(workspace, data, subject, options.timeoutSeconds)
          checks.push({
            kind: 'digest',
            passed: digest === entry.digest,
            detail:
              digest === entry.digest
                ? `same bytes (${digest})`
                : `drift: recorded ${entry.digest}, now ${digest}`
          })
        } catch (error) {
          checks.push({
            kind: 'digest',
            passed: false,
            detail: error instanceof Error ? error.message : String(error)
          })
        }
      }
      const command = monitorCommand(data, name, entry.stage, options.validate)
      let run: ValidationResult | undefined
      let gates: GateResult[] = []
      if (!command) {
        checks.push({
          kind: 'command',
          passed: false,
          detail: `no monitor command: declare models.${name}.monitor or defaults.monitor (or a validation command)`
        })
      } else {
        const folder = await mkdtemp(path.join(tmpdir(), 'model-stages-monitor-'))
        try {
          const metricsFile = path.join(folder, 'metrics.json')
          run = await runValidation({
            command,
            cwd: workspace.root,
            env: validationEnvironment(workspace, subject, metricsFile),
            timeoutSeconds: options.timeoutSeconds,
            onOutput: options.onOutput
          })
          const seconds = (run.durationMs / 1000).toFixed(1)
          checks.push({
            kind: 'command',
            passed: run.status === 'passed',
            detail:
              run.status === 'passed'
                ? `\`${command}\` exited 0 in ${seconds} s`
                : run.status === 'timed-out'
                  ? `\`${command}\` timed out after ${seconds} s`
                  : `\`${command}\` exited ${run.exitCode ?? run.signal} after ${seconds} s`
          })
          const measured = await readMetricsFile(metricsFile)
          if (measured.error) checks.push({ kind: 'metrics', passed: false, detail: measured.error })
          else if (run.status === 'passed') {
            gates = gatesFor(data, name, entry.stage).flatMap(set =>
              evaluateGates(absoluteBounds(set), measured.metrics ?? {}, undefined)
            )
            for (const gate of gates)
              checks.push({
                kind: 'gate',
                passed: gate.passed,
                detail: `${gate.metric} ${gate.candidate ?? 'not measured'} against ${gate.rule}${gate.passed ? '' : ': fails'}`
              })
          }
        } finally {
          await rm(folder, { recursive: true, force: true })
        }
      }
      monitored.push({
        model: name,
        version,
        stage: entry.stage,
        passed: checks.every(check => check.passed),
        checks,
        ...(run ? { run } : {}),
        gates,
        ...failurePolicy(data, name)
      })
    }
  }
  return monitored
}

/** The first check that failed, in a few words: what an incident and a rollback cite. */
export function failedCheck(monitored: MonitoredVersion): string {
  const failed = monitored.checks.find(check => !check.passed)
  return failed ? `${failed.kind}: ${failed.detail}` : 'passed'
}
