import { describe, expect, it } from '@jest/globals'
import type { ValidationResult } from '../../../src/adapters/validation.js'
import { readManifest } from '../../../src/manifest/read.js'
import {
  GUARDS,
  judgeAdmission,
  refusalReasons,
  refusedBeforeValidation,
  validationVerdict,
  type AdmissionFacts,
  type ValidationFacts
} from '../../../src/stages/admission.js'
import type { GateResult } from '../../../src/stages/gates.js'
import { pipelineOf } from '../../../src/stages/pipeline.js'

/** staging → canary (exclusive) → production (exclusive, 24 h soak). */
const pipeline = pipelineOf(
  await readManifest(
    `version: 1
stages:
  - name: staging
  - name: canary
    exclusive: true
  - name: production
    exclusive: true
    soak: 24h
models: {}
`,
    'm.yaml'
  )
)

const NOW = new Date('2025-06-02T12:00:00Z')
const HOURS_AGO = (hours: number) => ({
  commit: 'abc1234def',
  date: new Date(NOW.getTime() - hours * 3_600_000).toISOString()
})

const promotion = { model: 'churn', version: '2.0.0', from: 'canary', to: 'production' }
const rollback = { model: 'churn', version: '1.0.0', from: 'archived', to: 'production' }

function ran(status: ValidationResult['status'], extra: Partial<ValidationResult> = {}): ValidationResult {
  return {
    status,
    command: './validate.sh',
    exitCode: status === 'passed' ? 0 : 1,
    signal: null,
    durationMs: 100,
    tail: '',
    ...extra
  }
}

const auc = (candidate: number, passed: boolean): GateResult => ({
  metric: 'auc',
  candidate,
  baseline: 0.91,
  rule: 'max_regression 0.01',
  passed,
  note: passed ? null : 'needs ≥ 0.9'
})

const passedRun: ValidationFacts = { state: 'ran', result: ran('passed'), gates: [auc(0.905, true)] }
const gatesFailed: ValidationFacts = { state: 'ran', result: ran('passed'), gates: [auc(0.89, false)] }

function judge(facts: Partial<AdmissionFacts>) {
  return judgeAdmission({ move: promotion, pipeline, now: NOW, entered: HOURS_AGO(48), ...facts })
}

describe('the admission verdict', () => {
  it('admits a promotion that has soaked and passed its validation and gates, and records no override', () => {
    const verdict = judge({ validation: passedRun, overrideReason: 'nothing to override' })
    expect(verdict).toMatchObject({
      operation: 'promote',
      admitted: true,
      awaitingValidation: false,
      refusals: [],
      gates: passedRun.gates
    })
    expect(verdict.override).toBeUndefined()
    expect(verdict.soak).toMatchObject({ stage: 'canary', target: 'production', remainingSeconds: 0 })
    expect(validationVerdict(verdict)).toBe('passed')
  })

  it('waits for validation: a promotion is not admitted until its validation is judged; an archive needs none', () => {
    const early = judge({})
    expect(early).toMatchObject({ admitted: false, awaitingValidation: true, refusals: [] })
    const archive = judge({ move: { ...promotion, from: 'production', to: 'archived' } })
    expect(archive).toMatchObject({ operation: 'archive', admitted: true, awaitingValidation: false })
    expect(validationVerdict(undefined)).toBe('skipped')
  })

  it('legal move: a move the rule table does not have is refused, whatever the reason', () => {
    const verdict = judge({
      move: { ...promotion, from: 'production', to: 'staging' },
      overrideReason: 'please'
    })
    expect(verdict.operation).toBeUndefined()
    expect(verdict.refusals).toEqual([
      {
        guard: 'legal-move',
        message:
          'production → staging is not allowed; from production the legal moves are: archive (→ archived)'
      }
    ])
    expect(verdict.override).toBeUndefined()
  })

  describe('soak', () => {
    it('refuses a promotion before its soak is over, with the time remaining and how to override', () => {
      const verdict = judge({ entered: HOURS_AGO(3) })
      expect(verdict.refusals).toEqual([
        {
          guard: 'soak',
          soak: expect.objectContaining({ remainingSeconds: 21 * 3600 }),
          message:
            '2.0.0 may not enter production yet: 2.0.0 entered canary 3h ago (commit abc1234): 21h of the 24h ' +
            'soak before production remain. Wait, or record why it may: promote it with force and a reason, or ' +
            'add a commit with a Model-Stage-Override: <reason> trailer'
        }
      ])
      expect(refusedBeforeValidation(verdict)).toHaveLength(1)
    })

    it('counts a version with no recorded time in the stage as not soaked', () => {
      expect(judge({ entered: undefined }).refusals[0]?.message).toContain(
        '2.0.0 has no recorded time in canary: 1d of the 24h soak before production remain'
      )
    })

    it('with a reason, lets the soak through and records what it overrode', () => {
      const verdict = judge({ entered: HOURS_AGO(3), overrideReason: 'incident 42', validation: passedRun })
      expect(verdict).toMatchObject({ admitted: true, refusals: [] })
      expect(verdict.override).toEqual({
        reason: 'incident 42',
        bypassed: [
          'soak: 2.0.0 entered canary 3h ago (commit abc1234): 21h of the 24h soak before production remain'
        ]
      })
    })

    it('does not apply to a rollback, which returns a version to a stage it served in', () => {
      const verdict = judge({ move: rollback, entered: undefined, formerlyIn: ['1.0.0'] })
      expect(verdict.soak).toBeUndefined()
      expect(verdict.refusals).toEqual([])
    })
  })

  describe('never was in (rollback)', () => {
    it('refuses a rollback of a version that never was in the stage, whatever the reason', () => {
      const verdict = judge({
        move: rollback,
        formerlyIn: ['0.9.0'],
        overrideReason: 'please',
        validation: passedRun
      })
      expect(verdict.admitted).toBe(false)
      expect(verdict.refusals).toEqual([
        {
          guard: 'never-was-in',
          message:
            "1.0.0 was never in production according to the manifest's git history, and a rollback returns a " +
            'version only to a stage it served in: restore it to staging and promote it instead, so that it goes ' +
            'through review as a new candidate'
        }
      ])
      expect(verdict.override).toBeUndefined()
    })

    it('admits a version that served there, and trusts a named version when the history is unknown', () => {
      expect(judge({ move: rollback, formerlyIn: ['1.0.0'], validation: passedRun }).admitted).toBe(true)
      expect(judge({ move: rollback, formerlyIn: undefined, validation: passedRun }).admitted).toBe(true)
    })
  })

  describe('validation', () => {
    it.each([
      ['failed', ran('failed', { exitCode: 2 }), 'validation failed (exit 2)'],
      ['timed out', ran('timed-out', { exitCode: null, signal: 'SIGTERM' }), 'validation timed out'],
      ['killed', ran('failed', { exitCode: null, signal: 'SIGKILL' }), 'validation was killed by SIGKILL']
    ])('a command that %s refuses the version, and a reason never overrides it', (_name, result, message) => {
      const verdict = judge({ validation: { state: 'ran', result, gates: [] }, overrideReason: 'ship it' })
      expect(verdict).toMatchObject({
        admitted: false,
        refusals: [{ guard: 'validation', cause: 'command', message }]
      })
      expect(verdict.override).toBeUndefined()
      expect(validationVerdict(verdict)).toBe('failed')
      // The command's own failure is told by the validation sentence, not repeated as a reason.
      expect(refusalReasons(verdict)).toEqual([])
    })

    it('an unusable measurement refuses although the command passed', () => {
      const problem = 'MODEL_METRICS_FILE does not hold JSON: "auc=0.9"'
      const verdict = judge({ validation: { state: 'ran', result: ran('passed'), gates: [], problem } })
      expect(verdict.refusals).toEqual([{ guard: 'validation', cause: 'measurement', message: problem }])
      expect(refusalReasons(verdict)).toEqual([problem])
    })

    it('a validation not run (an untrusted head) refuses, and says why', () => {
      const verdict = judge({
        validation: { state: 'not-run', reason: 'this is a pull_request_target run', gates: [] }
      })
      expect(verdict.refusals).toEqual([
        {
          guard: 'validation',
          cause: 'not-run',
          message: 'validation not run: this is a pull_request_target run'
        }
      ])
    })

    it('no validation command configured refuses with the advice where to set one', () => {
      const reason = 'no validation command for churn: a version enters production only after validation'
      const verdict = judge({ validation: { state: 'no-command', reason }, overrideReason: 'ship it' })
      expect(verdict.refusals).toEqual([{ guard: 'validation', cause: 'no-command', message: reason }])
      expect(verdict.gates).toEqual([])
    })
  })

  describe('metric gates', () => {
    it('refuse a version that fails a rule, naming the metric, the rule and what it needs', () => {
      const verdict = judge({ validation: gatesFailed })
      expect(verdict).toMatchObject({ admitted: false, gates: gatesFailed.gates })
      expect(verdict.refusals).toEqual([
        {
          guard: 'gates',
          failed: gatesFailed.gates,
          message: 'metric gates failed: auc max_regression 0.01 (needs ≥ 0.9)'
        }
      ])
      expect(refusalReasons(verdict)).toEqual(['metric gates failed: auc max_regression 0.01 (needs ≥ 0.9)'])
      expect(refusedBeforeValidation(verdict)).toEqual([])
    })

    it('with a reason, are let through and recorded one rule a line', () => {
      const verdict = judge({ validation: gatesFailed, overrideReason: 'harder test set' })
      expect(verdict).toMatchObject({ admitted: true, refusals: [] })
      expect(verdict.override).toEqual({
        reason: 'harder test set',
        bypassed: ['metric gate: auc max_regression 0.01 (needs ≥ 0.9)']
      })
    })

    it('judged on recorded metrics when nothing ran, they refuse next to the validation not run', () => {
      const verdict = judge({ validation: { state: 'not-run', reason: 'a fork', gates: gatesFailed.gates } })
      expect(verdict.refusals.map(refusal => refusal.guard)).toEqual(['validation', 'gates'])
    })
  })

  it('force overrides soak and gates together, never a failed command', () => {
    const failedCommand: ValidationFacts = { state: 'ran', result: ran('failed'), gates: [] }
    const forced = judge({ entered: HOURS_AGO(1), validation: failedCommand, overrideReason: 'now' })
    expect(forced.admitted).toBe(false)
    expect(forced.refusals.map(refusal => refusal.guard)).toEqual(['validation'])
    expect(forced.override?.bypassed).toEqual([expect.stringMatching(/^soak: 2\.0\.0 entered canary 1h ago/)])
    const both = judge({ entered: HOURS_AGO(1), validation: gatesFailed, overrideReason: 'now' })
    expect(both.admitted).toBe(true)
    expect(both.override?.bypassed).toEqual([
      expect.stringMatching(/^soak: /),
      'metric gate: auc max_regression 0.01 (needs ≥ 0.9)'
    ])
  })

  it('every guard says whether a reason may override it and when it is judged', () => {
    expect(
      Object.entries(GUARDS)
        .filter(([, guard]) => guard.overridable)
        .map(([kind]) => kind)
    ).toEqual(['freeze', 'soak', 'gates'])
    expect(
      Object.entries(GUARDS)
        .filter(([, guard]) => guard.beforeValidation)
        .map(([kind]) => kind)
    ).toEqual(['legal-move', 'blocked', 'freeze', 'never-was-in', 'soak', 'digest'])
  })

  it('an artifact whose digest is not the one recorded enters no stage, whatever the reason given', () => {
    const recorded = `sha256:${'a'.repeat(64)}`
    const now = `sha256:${'b'.repeat(64)}`
    const uri = 's3://models/churn/2.0.0'
    const drifted = judge({ digest: { recorded, now, uri }, overrideReason: 'we need it now' })
    expect(drifted.admitted).toBe(false)
    expect(refusedBeforeValidation(drifted)).toEqual([
      {
        guard: 'digest',
        message: `2.0.0: the artifact at ${uri} is not the one recorded: its digest is ${now}, the manifest records ${recorded}. Nothing was changed; register the new artifact as a new version`
      }
    ])
    expect(refusedBeforeValidation(judge({ digest: { recorded, uri } }))[0]?.message).toContain(
      'no digest was taken where it was validated'
    )
    expect(refusedBeforeValidation(judge({ digest: { recorded, now: recorded, uri } }))).toEqual([])
  })
})
