import type { ValidationResult } from '../adapters/validation.js'
import {
  OVERRIDE_TRAILER,
  refusalReasons,
  validationResult,
  type AdmissionVerdict
} from '../stages/admission.js'
import type { Plan, Transition } from '../stages/plan.js'
import { lastStage, pipelineOf } from '../stages/pipeline.js'
import { stageMove } from '../stages/rules.js'
import { gatesText } from './gates.js'
import { inlineCode } from './markdown.js'
import { overrideLines } from './override.js'

/** The trailer that records each transition a commit makes: `Model-Stage: churn@1.5.0 staging -> production`. */
export const MOVE_TRAILER = 'Model-Stage'

/** The stage the requested move goes to. */
function targetOf(plan: Plan): string {
  return plan.transitions.find(t => t.cause === 'requested')?.to ?? ''
}

/** "block 1.5.0 and roll back production to 1.4.0" */
function blockVerb(plan: Plan): string {
  const back = plan.transitions.find(t => t.cause === 'requested')
  return back ? `block ${plan.version} and roll back ${back.to} to ${back.version}` : `block ${plan.version}`
}

const VERBS: Record<Plan['operation'], (plan: Plan) => string> = {
  block: blockVerb,
  unblock: plan => `unblock ${plan.version}`,
  register: plan => `register ${plan.version} in ${targetOf(plan)}`,
  promote: plan => `promote ${plan.version} to ${targetOf(plan)}`,
  archive: plan => `archive ${plan.version}`,
  restore: plan => `restore ${plan.version} to ${targetOf(plan)}`,
  rollback: plan =>
    targetOf(plan) === lastStage(pipelineOf(plan.result)).name
      ? `roll back to ${plan.version}`
      : `roll back ${targetOf(plan)} to ${plan.version}`
}

export function archivedBy(plan: Plan): string[] {
  return plan.transitions.filter(t => t.cause === 'replaced' && t.to === 'archived').map(t => t.version)
}

/** "churn-classifier: promote 1.5.0 to production (archives 1.4.0)" */
export function planTitle(plan: Plan): string {
  const archived = plan.operation === 'block' ? [] : archivedBy(plan)
  const tail = archived.length > 0 ? ` (archives ${archived.join(', ')})` : ''
  return `${plan.model}: ${VERBS[plan.operation](plan)}${tail}`
}

/** "churn-classifier@1.5.0 staging -> production": the form of the Model-Stage trailer. */
export function transitionText(transition: Pick<Transition, 'model' | 'version' | 'from' | 'to'>): string {
  return `${transition.model}@${transition.version} ${stageMove(transition.from, transition.to, '->')}`
}

export function validationSentence(validation: ValidationResult | undefined): string {
  if (!validation) return 'No validation needed: no version is promoted.'
  const seconds = (validation.durationMs / 1000).toFixed(1)
  if (validation.status === 'passed')
    return `Validation passed: ${inlineCode(validation.command)} exited 0 in ${seconds} s.`
  if (validation.status === 'timed-out')
    return `Validation timed out: ${inlineCode(validation.command)} was stopped after ${seconds} s.`
  const how =
    validation.exitCode !== null ? `exited ${validation.exitCode}` : `was killed by ${validation.signal}`
  return `Validation failed: ${inlineCode(validation.command)} ${how} after ${seconds} s.`
}

/** The validation sentence, and why the version still does not enter beyond its command's exit (metrics, gates). */
export function outcomeSentence(admission: AdmissionVerdict | undefined): string {
  const sentence = validationSentence(validationResult(admission))
  const reasons = refusalReasons(admission)
  return reasons.length > 0 ? `${sentence} It does not pass: ${reasons.join('; ')}.` : sentence
}

export interface CommitContext {
  /** Who asked for the change, e.g. the workflow's actor. */
  requestedBy?: string
  /** A link to the run or a sentence of why. */
  reason?: string
}

/** The commit of an admitted move; an override is recorded in its body and as a trailer. */
/** The trailer a commit carries to record a version blocked, with its reason (`model@version: reason`). */
export const BLOCK_TRAILER = 'Model-Stage-Block'
/** The trailer a commit carries to record a version unblocked (`model@version`). */
export const UNBLOCK_TRAILER = 'Model-Stage-Unblock'

function blockTrailers(plan: Plan): string[] {
  if (!plan.block) return []
  const subject = `${plan.model}@${plan.block.version}`
  return plan.block.reason === null
    ? [`${UNBLOCK_TRAILER}: ${subject}`]
    : [`${BLOCK_TRAILER}: ${subject}: ${plan.block.reason}`]
}

/** What a change that moves no version says in its body. */
function blockSentence(plan: Plan): string | undefined {
  if (!plan.block) return undefined
  return plan.block.reason === null
    ? `${plan.version} may enter stages again.`
    : `${plan.version} is blocked: ${plan.block.reason}. It may enter no stage but archived.`
}

export function commitMessage(
  plan: Plan,
  admission: AdmissionVerdict | undefined,
  context: CommitContext = {}
): string {
  const gates = admission?.gates ?? []
  const override = admission?.override
  const validation = validationResult(admission)
  const blocking = blockSentence(plan)
  const body = [
    ...(blocking ? [blocking] : []),
    ...(validation || !blocking ? [validationSentence(validation)] : [])
  ]
  if (gates.length > 0)
    body.push(
      `Metric gates:\n${gatesText(gates)
        .map(line => `  ${line}`)
        .join('\n')}`
    )
  if (context.requestedBy || context.reason) {
    body.push(
      [context.requestedBy && `Requested by ${context.requestedBy}`, context.reason]
        .filter(Boolean)
        .join(': ') + '.'
    )
  }
  body.push(...(override ? [overrideLines(override).join('\n')] : []))
  const trailers = plan.transitions.map(t => `${MOVE_TRAILER}: ${transitionText(t)}`)
  trailers.push(...blockTrailers(plan))
  if (override) trailers.push(`${OVERRIDE_TRAILER}: ${override.reason}`)
  return `${planTitle(plan)}\n\n${body.join('\n')}\n\n${trailers.join('\n')}\n`
}

/**
 * One commit for every promotion an evaluation gathered: a title that names them, each one's validation and gates,
 * and every transition as a trailer, as a commit of one move has them.
 */
export function gatheredCommitMessage(
  moves: ReadonlyArray<{ plan: Plan; admission?: AdmissionVerdict }>,
  context: CommitContext = {}
): string {
  const [only] = moves
  if (moves.length === 1 && only) return commitMessage(only.plan, only.admission, context)
  const named = moves.map(move => `${move.plan.model} ${move.plan.version}`).join(', ')
  const title =
    named.length <= 60 ? `evaluate: promote ${named}` : `evaluate: promote ${moves.length} versions`
  const sections = moves.map(move => {
    const gates = move.admission?.gates ?? []
    const lines = [planTitle(move.plan), `  ${validationSentence(validationResult(move.admission))}`]
    if (gates.length > 0) lines.push(...gatesText(gates).map(line => `    ${line}`))
    return lines.join('\n')
  })
  const requested = [context.requestedBy && `Requested by ${context.requestedBy}`, context.reason]
    .filter(Boolean)
    .join(': ')
  const trailers = moves.flatMap(move =>
    move.plan.transitions.map(t => `${MOVE_TRAILER}: ${transitionText(t)}`)
  )
  return `${title}\n\n${sections.join('\n\n')}${requested ? `\n\n${requested}.` : ''}\n\n${trailers.join('\n')}\n`
}
