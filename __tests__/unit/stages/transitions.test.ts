import { beforeAll, describe, expect, it } from '@jest/globals'
import { outcomeOf, type Expected, type MoveOutcome } from '../../helpers/move-outcome.js'
import { readManifest } from '../../../src/manifest/read.js'
import type { Manifest, Stage } from '../../../src/manifest/schema.js'
import { InputError, RefusedError } from '../../../src/stages/errors.js'
import {
  planArchive,
  planPromote,
  planRegister,
  planRestore,
  planRollback,
  type Plan
} from '../../../src/stages/plan.js'
import { legalOperation, LEGAL_MOVES, type StageOrAbsent } from '../../../src/stages/rules.js'
import { judgeAdmission } from '../../../src/stages/admission.js'
import { DEFAULT_PIPELINE } from '../../../src/stages/pipeline.js'
import type { StageChange } from '../../../src/stages/states.js'

/** churn: "old" archived (was in production), "live" in production, and the version under test. */
function manifestText(stage: StageOrAbsent): string {
  const versions = [`      "old": { stage: archived }`, `      "live": { stage: production }`]
  if (stage === 'production') versions.pop()
  if (stage) versions.push(`      "v": { stage: ${stage} }`)
  return `version: 1\nmodels:\n  churn:\n    versions:\n${versions.join('\n')}\n`
}

const MANIFESTS = new Map<StageOrAbsent, Manifest>()
beforeAll(async () => {
  for (const stage of [null, 'staging', 'production', 'archived'])
    MANIFESTS.set(stage, await readManifest(manifestText(stage), 'm.yaml'))
})

function manifestWith(stage: StageOrAbsent): Manifest {
  const data = MANIFESTS.get(stage)
  if (!data) throw new Error(`no manifest read for ${String(stage)}`)
  return data
}

const HISTORY = { formerIn: () => ['old', 'v'] }

/** The command a user reaches for to move a version to `to`. */
function move(data: Manifest, to: Stage): Plan {
  if (to === 'staging')
    return data.models.churn?.versions.get('v')
      ? planRestore(data, 'churn', 'v')
      : planRegister(data, 'churn', 'v', {})
  if (to === 'archived') return planArchive(data, 'churn', 'v')
  return data.models.churn?.versions.get('v')?.stage === 'archived'
    ? planRollback(data, 'churn', 'v', HISTORY)
    : planPromote(data, 'churn', 'v')
}

const FROM: StageOrAbsent[] = [null, 'staging', 'production', 'archived']
const TO: Stage[] = ['staging', 'production', 'archived']
const EXPECTED: Record<string, Expected> = {
  'null→staging': 'moves',
  'null→production': 'unknown',
  'null→archived': 'unknown',
  'staging→staging': 'no-op',
  'staging→production': 'moves',
  'staging→archived': 'moves',
  'production→staging': 'refused',
  'production→production': 'no-op',
  'production→archived': 'moves',
  'archived→staging': 'moves',
  'archived→production': 'moves',
  'archived→archived': 'no-op'
}

function outcome(from: StageOrAbsent, to: Stage): MoveOutcome {
  return outcomeOf(() => move(manifestWith(from), to))
}

describe('transition rules', () => {
  const pairs = FROM.flatMap(from => TO.map(to => [String(from), to, from] as const))

  it.each(pairs)('%s → %s', (_name, to, from) => {
    const result = outcome(from, to)
    expect(result.kind).toBe(EXPECTED[`${from}→${to}`])
    if (result.kind === 'moves') {
      expect(result.plan?.transitions[0]).toMatchObject({ version: 'v', from, to, cause: 'requested' })
      expect(result.plan?.result.models.churn?.versions.get('v')?.stage).toBe(to)
      expect(legalOperation(from, to)).toBe(result.plan?.operation)
    }
    if (result.kind === 'refused') expect(result.message).toMatch(/legal moves are: archive \(→ archived\)/)
    if (result.kind === 'unknown') expect(result.message).toMatch(/unknown version v of churn/)
  })

  it('entering production archives the version it replaces and asks for validation', () => {
    const plan = planPromote(manifestWith('staging'), 'churn', 'v')
    expect(plan.needsValidation).toBe(true)
    expect(plan.transitions).toEqual([
      { model: 'churn', version: 'v', from: 'staging', to: 'production', cause: 'requested' },
      { model: 'churn', version: 'live', from: 'production', to: 'archived', cause: 'replaced' }
    ])
    expect(
      [...(plan.result.models.churn?.versions.values() ?? [])].filter(v => v.stage === 'production')
    ).toHaveLength(1)
  })

  it('promote without a version takes the newest staging one', async () => {
    const data = await readManifest(
      'version: 1\nmodels:\n  m:\n    versions:\n      "1": { stage: staging }\n      "2": { stage: staging }\n      "3": { stage: archived }\n',
      'm.yaml'
    )
    expect(planPromote(data, 'm').version).toBe('2')
    expect(() => planPromote(manifestWith('production'), 'churn')).toThrow(/no version in staging/)
  })

  it('promote of an archived version points to rollback and restore', () => {
    expect(() => planPromote(manifestWith('archived'), 'churn', 'v')).toThrow(/use rollback .* or restore it/)
  })

  it('rollback without a version takes the one that left production last; admission refuses a never-live version', () => {
    const data = manifestWith('archived')
    expect(planRollback(data, 'churn', undefined, { formerIn: () => ['v', 'old'] }).version).toBe('old')
    expect(planRollback(data, 'churn', undefined, { formerIn: () => ['old', 'v'] }).version).toBe('v')
    const [rollback] = planRollback(data, 'churn', 'v', { formerIn: () => ['old'] }).transitions
    const verdict = judgeAdmission({
      move: rollback!,
      pipeline: DEFAULT_PIPELINE,
      now: new Date(),
      formerlyIn: ['old'],
      overrideReason: 'a reason does not make it so'
    })
    expect(verdict.admitted).toBe(false)
    expect(verdict.refusals).toEqual([
      { guard: 'never-was-in', message: expect.stringMatching(/^v was never in production/) }
    ])
    expect(() => planRollback(data, 'churn', undefined, undefined)).toThrow(InputError)
    expect(planRollback(data, 'churn', 'v', undefined).transitions).toHaveLength(2)
  })

  it('register refuses an existing version with another uri, and is a no-op when repeated', () => {
    const data = manifestWith('staging')
    expect(planRegister(data, 'churn', 'v', {}).transitions).toEqual([])
    expect(() => planRegister(data, 'churn', 'v', { uri: 's3://elsewhere' })).toThrow(/already registered/)
    expect(() => planRegister(manifestWith('archived'), 'churn', 'v', {})).toThrow(RefusedError)
  })

  it('refuses names that do not follow the rules before looking anything up', () => {
    expect(() => planRegister(manifestWith(null), 'Churn', '1', {})).toThrow(/invalid model name "Churn"/)
    expect(() => planRegister(manifestWith(null), 'churn', '1;rm -rf /', {})).toThrow(/invalid version/)
    expect(() => planArchive(manifestWith(null), 'nope', '1')).toThrow(
      /unknown model nope; the manifest has: churn/
    )
  })

  it('review judges hand edits by the same table, removals included', () => {
    const every = FROM.flatMap(from => [...TO, null].map(to => ({ model: 'm', version: 'v', from, to })))
    const review = (change: StageChange, formerlyIn: string[]) =>
      judgeAdmission({ move: change, pipeline: DEFAULT_PIPELINE, now: new Date(), formerlyIn })
    const legal = every
      .filter(change => change.from !== change.to && review(change, ['v']).refusals.length === 0)
      .map(change => `${change.from}→${change.to}`)
    expect(legal.sort()).toEqual(LEGAL_MOVES.map(move => `${move.from}→${move.to}`).sort())
    const rollback = review({ model: 'm', version: 'v', from: 'archived', to: 'production' }, [])
    expect(rollback.refusals.map(refusal => refusal.message)).toEqual([
      expect.stringMatching(/never in production/)
    ])
  })
})

describe('an unknown model', () => {
  it('is told with a list short enough to read, and the closest name', async () => {
    const many = Array.from({ length: 1000 }, (_, index) => `model-${index}`)
    const data = await readManifest(
      `version: 1\nmodels:\n${many.map(name => `  ${name}: {}`).join('\n')}\n`,
      'm.yaml'
    )
    expect(() => planArchive(data, 'modle-5', 'v')).toThrow(
      /^unknown model modle-5; the manifest has 1000 models: model-0, model-1, .*, model-19 and 980 more\. Did you mean model-5\?$/
    )
  })
})
