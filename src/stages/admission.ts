import type { ValidationResult } from '../adapters/validation.js'
import { ARCHIVED } from '../manifest/names.js'
import { freezeSentence, type OpenFreeze } from './freezes.js'
import type { GateResult } from './gates.js'
import { firstStage, stageSpec, type Pipeline } from './pipeline.js'
import { illegalMoveMessage, legalOperation, type Operation, type StageOrAbsent } from './rules.js'
import { judgeSoak, soakShortfall, type SoakVerdict, type StageEntry } from './soak.js'
import type { StageChange } from './states.js'

/**
 * May this version enter this stage? Every front door, move, review and report asks here and nowhere else.
 *
 * Each guard is one kind of refusal, judged from facts its caller gathered (history, validation runs): this module
 * reads no git and runs nothing. A guard joins by adding its kind to `GUARDS` (whether a reason may override it,
 * and whether it is judged before validation runs), its facts to `AdmissionFacts` and its judgement to `judges`.
 */
export const GUARDS = {
  /** The pipeline's rule table: the move must be one of its legal moves. */
  'legal-move': { overridable: false, beforeValidation: true },
  /** A blocked version never serves again: it may only be archived. */
  blocked: { overridable: false, beforeValidation: true },
  /** A freeze window open now keeps versions out of its stages. */
  freeze: { overridable: true, beforeValidation: true },
  /** A rollback returns a version only to a stage it served in before. */
  'never-was-in': { overridable: false, beforeValidation: true },
  /** The time a version must spend in the stage before the target. */
  soak: { overridable: true, beforeValidation: true },
  /** The artifact is the one recorded: its digest, taken again, is the manifest's. */
  digest: { overridable: false, beforeValidation: true },
  /** The validation command: it must have run and passed, and what it measured must be readable. */
  validation: { overridable: false, beforeValidation: false },
  /** The metric gates of the target stage. */
  gates: { overridable: true, beforeValidation: false }
} as const satisfies Record<string, { overridable: boolean; beforeValidation: boolean }>

export type GuardKind = keyof typeof GUARDS

/** The trailer a commit carries to record an override (soak, gates) and its reason. */
export const OVERRIDE_TRAILER = 'Model-Stage-Override'

/** Why the validation guard refuses: its command, what it measured, or that it did not run at all. */
export type ValidationCause = 'command' | 'measurement' | 'not-run' | 'no-command'

export type Refusal =
  | { guard: 'legal-move' | 'never-was-in' | 'digest' | 'blocked'; message: string }
  | { guard: 'freeze'; message: string; stage: string; freezes: OpenFreeze[] }
  | { guard: 'soak'; message: string; soak: SoakVerdict }
  | { guard: 'validation'; message: string; cause: ValidationCause }
  | { guard: 'gates'; message: string; failed: GateResult[] }

/** What validation found, as the command that ran it gathered it. */
export type ValidationFacts =
  | {
      state: 'ran'
      result: ValidationResult
      /** Every gate rule judged (empty when no gates apply, or the command did not pass). */
      gates: GateResult[]
      /** What made its measurement unusable although the command passed: its metrics file, the baseline run. */
      problem?: string
      /** What the candidate measured (MODEL_METRICS_FILE), to be recorded with it. */
      measured?: Record<string, number>
    }
  /** Nothing was run (an untrusted head): the gates are judged on the recorded metrics, for the reader. */
  | { state: 'not-run'; reason: string; gates: GateResult[] }
  /** No validation command is configured for the stage. */
  | { state: 'no-command'; reason: string }

/** An audited override: the reason a person gave, and what it let through. */
export interface Override {
  reason: string
  /** What would have refused the move without it: "soak: …", "metric gate: …". */
  bypassed: string[]
}

export interface AdmissionFacts {
  move: StageChange
  pipeline: Pipeline
  /** When the soak is measured to. */
  now: Date
  /** When the version entered the stage it leaves; read only where `soakApplies`. */
  entered?: StageEntry
  /** rollback: the versions that were in the target stage before; undefined when the history is unknown. */
  formerlyIn?: readonly string[]
  /** Why the version is blocked, when it is (as the manifest in force records it). */
  blocked?: string
  /** The freeze windows open now for the target stage. */
  freezes?: OpenFreeze[]
  /** A version that records a digest: the one recorded, and the one taken now (undefined: none could be had). */
  digest?: { recorded: string; now?: string; uri?: string }
  /** undefined while validation has not been asked for yet: only the guards before validation are judged. */
  validation?: ValidationFacts
  /** The reason given to override what may be overridden (force with a reason, an override trailer). */
  overrideReason?: string
}

export interface AdmissionVerdict {
  move: StageChange
  /** The legal operation the move is; undefined when the move is not legal. */
  operation?: Operation
  /** May the version enter: nothing refuses it, and its validation (when it needs one) was judged. */
  admitted: boolean
  /** The move needs a validation that has not been judged yet. */
  awaitingValidation: boolean
  /** What refuses the move: every refusal not overridden. */
  refusals: Refusal[]
  /** Set only when the override let something through. */
  override?: Override
  /** The soak the target stage asks for, judged (a promotion into a stage with a soak). */
  soak?: SoakVerdict
  validation?: ValidationFacts
  /** The gate rules judged (empty when none apply or none were judged). */
  gates: GateResult[]
}

/** A version entering a stage this way must pass that stage's validation first. */
export function needsValidation(operation: Operation | undefined): boolean {
  return operation === 'promote' || operation === 'rollback'
}

/** The soak is judged for a promotion into a stage that asks for one (a rollback returns to a stage it served in). */
export function soakApplies(
  pipeline: Pipeline,
  operation: Operation | undefined,
  to: StageOrAbsent
): boolean {
  return operation === 'promote' && stageSpec(pipeline, to)?.soakSeconds !== undefined
}

/** Whether judging the move needs the manifest's history: the rollback rule, or a soak. */
export function needsHistory(pipeline: Pipeline, move: StageChange): boolean {
  const operation = legalOperation(move.from, move.to, pipeline)
  return operation === 'rollback' || soakApplies(pipeline, operation, move.to)
}

/** "metric gate: auc max_regression 0.01 (needs ≥ 0.9)": one failed rule, as an override records it. */
function gateRuleText(rule: GateResult): string {
  return `${rule.metric} ${rule.rule}${rule.note ? ` (${rule.note})` : ''}`
}

function validationRefusal(facts: ValidationFacts): Refusal | undefined {
  switch (facts.state) {
    case 'no-command':
      return { guard: 'validation', cause: 'no-command', message: facts.reason }
    case 'not-run':
      return { guard: 'validation', cause: 'not-run', message: `validation not run: ${facts.reason}` }
    case 'ran': {
      const { result } = facts
      if (result.status !== 'passed') {
        const how =
          result.status === 'timed-out'
            ? 'timed out'
            : result.exitCode !== null
              ? `failed (exit ${result.exitCode})`
              : `was killed by ${result.signal}`
        return { guard: 'validation', cause: 'command', message: `validation ${how}` }
      }
      if (facts.problem) return { guard: 'validation', cause: 'measurement', message: facts.problem }
      return undefined
    }
  }
}

interface Judged extends AdmissionFacts {
  operation?: Operation
  soak?: SoakVerdict
}

/** Each guard's judgement; they are judged in the order of `GUARDS`. */
const judges: Record<GuardKind, (judged: Judged) => Refusal | undefined> = {
  'legal-move': ({ move, pipeline, operation }) =>
    operation
      ? undefined
      : { guard: 'legal-move', message: illegalMoveMessage(move.from, move.to, pipeline) },
  blocked: ({ move, blocked }) =>
    blocked !== undefined && move.to !== null && move.to !== ARCHIVED
      ? {
          guard: 'blocked',
          message:
            `${move.version} is blocked (${blocked}): a blocked version enters no stage but ${ARCHIVED}. If it ` +
            'is safe again, unblock it first in a reviewed change of its own (model-stages unblock)'
        }
      : undefined,
  freeze: ({ move, freezes }) => {
    const [latest] = freezes ?? []
    if (!latest || move.to === null || move.to === ARCHIVED) return undefined
    return {
      guard: 'freeze',
      stage: move.to,
      freezes: freezes ?? [],
      message:
        `${move.version} may not enter ${move.to} now: ${freezeSentence(move.to, latest)}. Wait, or record why ` +
        `it may: move it with force and a reason, or add a commit with a ${OVERRIDE_TRAILER}: <reason> trailer`
    }
  },
  'never-was-in': ({ move, pipeline, operation, formerlyIn }) =>
    operation === 'rollback' && formerlyIn && !formerlyIn.includes(move.version)
      ? {
          guard: 'never-was-in',
          message:
            `${move.version} was never in ${move.to} according to the manifest's git history, and a rollback ` +
            `returns a version only to a stage it served in: restore it to ${firstStage(pipeline).name} and ` +
            'promote it instead, so that it goes through review as a new candidate'
        }
      : undefined,
  soak: ({ move, soak }) =>
    soak && soak.remainingSeconds > 0
      ? {
          guard: 'soak',
          soak,
          message:
            `${move.version} may not enter ${soak.target} yet: ${soakShortfall(move.version, soak)}. Wait, or ` +
            `record why it may: promote it with force and a reason, or add a commit with a ${OVERRIDE_TRAILER}: ` +
            '<reason> trailer'
        }
      : undefined,
  digest: ({ move, digest }) => {
    if (!digest || digest.now === digest.recorded) return undefined
    const what = `${move.version}: the artifact at ${digest.uri ?? '(no uri)'} is not the one recorded`
    return {
      guard: 'digest',
      message: digest.now
        ? `${what}: its digest is ${digest.now}, the manifest records ${digest.recorded}. Nothing was changed; ` +
          'register the new artifact as a new version'
        : `${what}: no digest was taken where it was validated (the manifest records ${digest.recorded}); validate it again`
    }
  },
  validation: ({ validation }) => (validation ? validationRefusal(validation) : undefined),
  gates: ({ validation }) => {
    const judged = validation && validation.state !== 'no-command' ? validation.gates : []
    const failed = judged.filter(rule => !rule.passed)
    return failed.length === 0
      ? undefined
      : { guard: 'gates', failed, message: `metric gates failed: ${failed.map(gateRuleText).join('; ')}` }
  }
}

function soakOf(facts: AdmissionFacts, operation: Operation | undefined): SoakVerdict | undefined {
  const { move, pipeline } = facts
  if (!soakApplies(pipeline, operation, move.to) || move.from === null || move.to === null) return undefined
  return judgeSoak(pipeline, move.from, move.to, facts.entered, facts.now)
}

/** What an override of a refusal records: one line per thing it let through. */
function bypassedBy(refusal: Refusal, version: string): string[] {
  if (refusal.guard === 'soak') return [`soak: ${soakShortfall(version, refusal.soak)}`]
  if (refusal.guard === 'freeze')
    return refusal.freezes.slice(0, 1).map(freeze => `freeze: ${freezeSentence(refusal.stage, freeze)}`)
  if (refusal.guard === 'gates') return refusal.failed.map(rule => `metric gate: ${gateRuleText(rule)}`)
  return [refusal.message]
}

/**
 * The one verdict on a version entering a stage. A reason overrides a freeze, the soak and the metric gates, never
 * the move's legality, a block, the rollback rule or a validation that did not pass: a version whose command failed
 * never moves.
 */
export function judgeAdmission(facts: AdmissionFacts): AdmissionVerdict {
  const { move, overrideReason } = facts
  const operation = legalOperation(move.from, move.to, facts.pipeline)
  const soak = soakOf(facts, operation)
  const judged: Judged = { ...facts, operation, soak }
  const found = (Object.keys(GUARDS) as GuardKind[]).flatMap(kind => judges[kind](judged) ?? [])
  const overridden = (refusal: Refusal) => overrideReason !== undefined && GUARDS[refusal.guard].overridable
  const refusals = found.filter(refusal => !overridden(refusal))
  const bypassed = found.filter(overridden).flatMap(refusal => bypassedBy(refusal, move.version))
  const awaitingValidation = needsValidation(operation) && facts.validation === undefined
  const validation = facts.validation
  return {
    move,
    ...(operation ? { operation } : {}),
    admitted: refusals.length === 0 && !awaitingValidation,
    awaitingValidation,
    refusals,
    ...(overrideReason !== undefined && bypassed.length > 0
      ? { override: { reason: overrideReason, bypassed } }
      : {}),
    ...(soak ? { soak } : {}),
    ...(validation ? { validation } : {}),
    gates: validation && validation.state !== 'no-command' ? validation.gates : []
  }
}

/** The refusals judged before validation runs: when any stands, validation is not worth running. */
export function refusedBeforeValidation(verdict: AdmissionVerdict): Refusal[] {
  return verdict.refusals.filter(refusal => GUARDS[refusal.guard].beforeValidation)
}

/** "passed", "failed" or "skipped" (nothing to validate): the validation output of a move. */
export function validationVerdict(verdict: AdmissionVerdict | undefined): 'passed' | 'failed' | 'skipped' {
  if (!verdict) return 'skipped'
  return verdict.admitted ? 'passed' : 'failed'
}

/** The result of the validation command, when one ran. */
export function validationResult(verdict: AdmissionVerdict | undefined): ValidationResult | undefined {
  return verdict?.validation?.state === 'ran' ? verdict.validation.result : undefined
}

/** The gate rules the version failed (overridden or not). */
export function failedGates(verdict: AdmissionVerdict | undefined): GateResult[] {
  return (verdict?.gates ?? []).filter(rule => !rule.passed)
}

/** Why a version does not enter beyond its command's own exit: its measurement, the gates, a pre-validation guard. */
export function refusalReasons(verdict: AdmissionVerdict | undefined): string[] {
  return (verdict?.refusals ?? [])
    .filter(refusal => !(refusal.guard === 'validation' && refusal.cause === 'command'))
    .map(refusal => refusal.message)
}
