import { beforeAll, describe, expect, it } from '@jest/globals'
import { outcomeOf, type Expected, type MoveOutcome } from '../../helpers/move-outcome.js'
import { prepareMove } from '../../../src/commands/prepare-move.js'
import { openWorkspace } from '../../../src/commands/workspace.js'
import { checkManifest, readManifest } from '../../../src/manifest/read.js'
import type { Manifest } from '../../../src/manifest/schema.js'
import { RefusedError } from '../../../src/stages/errors.js'
import { gatesFor } from '../../../src/stages/gates.js'
import {
  durationSeconds,
  formatDuration,
  landingsOf,
  pipelineOf,
  stageNames
} from '../../../src/stages/pipeline.js'
import {
  planArchive,
  planPromote,
  planRegister,
  planRestore,
  planRollback,
  type Plan
} from '../../../src/stages/plan.js'
import { legalMoves, legalOperation, type StageOrAbsent } from '../../../src/stages/rules.js'
import { judgeAdmission } from '../../../src/stages/admission.js'
import type { StageChange } from '../../../src/stages/states.js'
import { judgeSoak, soakShortfall } from '../../../src/stages/soak.js'
import { createRepo } from '../../helpers/repo.js'

/** dev → qa → canary (exclusive) → production (exclusive, 24 h soak): qa holds no guard, canary does. */
const PIPELINE = `version: 1
stages:
  - name: dev
  - name: qa
  - name: canary
    exclusive: true
    validate: ./canary-check.sh
    environment: canary
  - name: production
    exclusive: true
    soak: 24h
    environment: production
    gates:
      latency_ms: { better: lower, max: 120 }
defaults:
  validate: ./validate.sh
`

/** m: "old" archived (it served in canary and production), an occupant of every exclusive stage, and "v". */
function manifestText(stage: StageOrAbsent): string {
  const versions = [
    `      "old": { stage: archived }`,
    `      "in-canary": { stage: canary }`,
    `      "live": { stage: production }`
  ].filter(
    line =>
      !(stage === 'canary' && line.includes('in-canary')) &&
      !(stage === 'production' && line.includes('live'))
  )
  if (stage) versions.push(`      "v": { stage: ${stage} }`)
  return `${PIPELINE}models:\n  m:\n    versions:\n${versions.join('\n')}\n`
}

const MANIFESTS = new Map<StageOrAbsent, Manifest>()
beforeAll(async () => {
  for (const stage of [null, 'dev', 'qa', 'canary', 'production', 'archived'])
    MANIFESTS.set(stage, await readManifest(manifestText(stage), 'm.yaml'))
})

function manifestWith(stage: StageOrAbsent): Manifest {
  const data = MANIFESTS.get(stage)
  if (!data) throw new Error(`no manifest read for ${String(stage)}`)
  return data
}

const FORMER = { formerIn: () => ['old', 'v'] }
const LONG_AGO = { commit: 'abc1234', date: '2001-01-01T00:00:00Z' }

/** The command a user reaches for to move "v" to `to`. */
function move(data: Manifest, to: string): Plan {
  const from = data.models.m?.versions.get('v')?.stage
  if (to === 'dev') return from === undefined ? planRegister(data, 'm', 'v', {}) : planRestore(data, 'm', 'v')
  if (to === 'archived') return planArchive(data, 'm', 'v')
  if (from === 'archived' && (to === 'canary' || to === 'production'))
    return planRollback(data, 'm', 'v', FORMER, to)
  return planPromote(data, 'm', 'v', to)
}

const FROM: StageOrAbsent[] = [null, 'dev', 'qa', 'canary', 'production', 'archived']
const TO = ['dev', 'qa', 'canary', 'production', 'archived']
const MOVES: Record<string, string> = {
  'null→dev': 'register',
  'dev→qa': 'promote',
  'dev→canary': 'promote',
  'dev→archived': 'archive',
  'qa→canary': 'promote',
  'qa→archived': 'archive',
  'canary→production': 'promote',
  'canary→archived': 'archive',
  'production→archived': 'archive',
  'archived→dev': 'restore',
  'archived→canary': 'rollback',
  'archived→production': 'rollback'
}

function expected(from: StageOrAbsent, to: string): Expected {
  if (MOVES[`${from}→${to}`]) return 'moves'
  if (from === to) return 'no-op'
  return from === null ? 'unknown' : 'refused'
}

function outcome(from: StageOrAbsent, to: string): MoveOutcome {
  return outcomeOf(() => move(manifestWith(from), to))
}

describe('a four-stage pipeline: every (from, to) pair', () => {
  const pipeline = () => pipelineOf(manifestWith(null))
  const pairs = FROM.flatMap(from => TO.map(to => [`${from} → ${to}`, from, to] as const))

  it.each(pairs)('%s', (_name, from, to) => {
    const result = outcome(from, to)
    expect(result.kind).toBe(expected(from, to))
    if (result.kind === 'moves') {
      expect(result.plan?.operation).toBe(MOVES[`${from}→${to}`])
      expect(legalOperation(from, to, pipeline())).toBe(result.plan?.operation)
      expect(result.plan?.transitions[0]).toMatchObject({ version: 'v', from, to, cause: 'requested' })
      expect(result.plan?.result.models.m?.versions.get('v')?.stage).toBe(to)
      // Entering an exclusive stage archives its occupant, and nothing else moves.
      const occupant = { canary: 'in-canary', production: 'live' }[to]
      expect(result.plan?.transitions.slice(1)).toEqual(
        occupant ? [{ model: 'm', version: occupant, from: to, to: 'archived', cause: 'replaced' }] : []
      )
      expect(result.plan?.needsValidation).toBe(
        ['promote', 'rollback'].includes(result.plan?.operation ?? '')
      )
    }
    if (result.kind === 'refused') {
      expect(legalOperation(from, to, pipeline())).toBeUndefined()
      expect(result.message).toMatch(/is not allowed; from \S+ the legal moves are: /)
    }
  })

  it('the rule table is exactly the legal moves, and a review of every pair agrees with it', () => {
    expect(
      legalMoves(pipeline())
        .map(m => `${m.from}→${m.to}`)
        .sort()
    ).toEqual(Object.keys(MOVES).sort())
    for (const [key, operation] of Object.entries(MOVES)) {
      const [from, to] = key.split('→')
      expect(legalOperation(from === 'null' ? null : (from ?? null), to ?? null, pipeline())).toBe(operation)
    }
    const every = FROM.flatMap(from =>
      [...TO, null].map(to => ({ model: 'm', version: 'v', from, to: to as string | null }))
    ).filter(change => change.from !== change.to)
    // Every version has soaked long enough and was in every stage before: only the rule table refuses.
    const review = (change: StageChange, formerlyIn: string[]) =>
      judgeAdmission({ move: change, pipeline: pipeline(), now: new Date(), entered: LONG_AGO, formerlyIn })
    const legal = every
      .filter(change => review(change, ['v']).refusals.length === 0)
      .map(change => `${change.from}→${change.to}`)
    expect(legal.sort()).toEqual(Object.keys(MOVES).sort())
    const refused = review({ model: 'm', version: 'v', from: 'archived', to: 'canary' }, [])
    expect(refused.refusals.map(refusal => refusal.message)).toEqual([
      expect.stringMatching(/never in canary/)
    ])
  })

  it('a skip over a guarded stage says which stage to go through', () => {
    expect(() => planPromote(manifestWith('qa'), 'm', 'v', 'production')).toThrow(
      /qa → production is not allowed.*promote it to canary first/
    )
    expect(() => planPromote(manifestWith('canary'), 'm', 'v', 'qa')).toThrow(RefusedError)
  })
})

describe('promote picks its target and its version from the pipeline', () => {
  it('with a version and no stage: its next stage', () => {
    expect(planPromote(manifestWith('dev'), 'm', 'v').transitions[0]?.to).toBe('qa')
    expect(planPromote(manifestWith('qa'), 'm', 'v').transitions[0]?.to).toBe('canary')
    expect(planPromote(manifestWith('production'), 'm', 'v').note).toBe('m v is already in production')
  })

  it('with neither: the newest version in the stage before the last stage', () => {
    const plan = planPromote(manifestWith('qa'), 'm')
    expect(plan.version).toBe('in-canary')
    expect(plan.transitions.map(t => `${t.version} ${t.from}→${t.to}`)).toEqual([
      'in-canary canary→production',
      'live production→archived'
    ])
    expect(() => planPromote(manifestWith(null), 'm', undefined, 'qa')).toThrow(
      'm has no version in dev to promote'
    )
  })

  it('register enters the first stage, restore returns there, rollback defaults to the last stage', () => {
    const data = manifestWith(null)
    expect(planRegister(data, 'm', 'new', {}).transitions[0]).toMatchObject({ from: null, to: 'dev' })
    expect(planRestore(manifestWith('archived'), 'm', 'v').transitions[0]?.to).toBe('dev')
    const back = planRollback(manifestWith('archived'), 'm', undefined, { formerIn: () => ['v'] })
    expect(back.transitions.map(t => `${t.version} ${t.from}→${t.to}`)).toEqual([
      'v archived→production',
      'live production→archived'
    ])
    expect(() => planRollback(manifestWith('archived'), 'm', 'v', FORMER, 'qa')).toThrow(
      'rollback returns a version to an exclusive stage (canary, production), not to qa'
    )
  })

  it('gates: a stage has its own; the model and default gates apply when entering the last stage', async () => {
    const data = await readManifest(
      PIPELINE.replace('defaults:\n', 'defaults:\n  gates:\n    auc: { min: 0.8 }\n') + 'models: {}\n',
      'm.yaml'
    )
    expect(gatesFor(data, 'm', 'canary')).toEqual([])
    expect(gatesFor(data, 'm', 'production')).toEqual([
      { latency_ms: { better: 'lower', max: 120 } },
      { auc: { min: 0.8 } }
    ])
  })

  it('a deployment is due for every move into a stage with an environment', () => {
    const pipeline = pipelineOf(manifestWith(null))
    expect(
      landingsOf(pipeline, [
        { model: 'm', version: 'v', to: 'canary' },
        { model: 'm', version: 'w', to: 'archived' },
        { model: 'm', version: 'x', to: 'qa' },
        { model: 'm', version: 'y', to: 'production' }
      ])
    ).toEqual([
      { model: 'm', version: 'v', stage: 'canary', environment: 'canary', production: false },
      { model: 'm', version: 'y', stage: 'production', environment: 'production', production: true }
    ])
  })
})

describe('soak', () => {
  let pipeline: ReturnType<typeof pipelineOf>
  beforeAll(() => {
    pipeline = pipelineOf(manifestWith(null))
  })
  const now = new Date('2026-11-24T12:00:00Z')

  it('reads durations and says what remains in words', () => {
    expect([durationSeconds('30m'), durationSeconds('24h'), durationSeconds('7d')]).toEqual([
      1800, 86_400, 604_800
    ])
    expect([durationSeconds('0h'), durationSeconds('1w'), durationSeconds('24')]).toEqual([
      undefined,
      undefined,
      undefined
    ])
    expect([formatDuration(75_000), formatDuration(3 * 86_400 + 4 * 3600 + 60), formatDuration(42)]).toEqual([
      '20h 50m',
      '3d 4h',
      '42s'
    ])
  })

  it('believes a commit date a few minutes ahead (clock skew), and no date further ahead', () => {
    const at = (minutes: number) => ({
      commit: 'abc1234def',
      date: new Date(now.getTime() + minutes * 60_000).toISOString()
    })
    const skewed = judgeSoak(pipeline, 'canary', 'production', at(4), now)
    expect(skewed?.futureDate).toBeUndefined()
    expect(skewed?.remainingSeconds).toBe(86_400)
    const ahead = judgeSoak(pipeline, 'canary', 'production', at(60 * 24 * 365), now)
    expect(ahead).toMatchObject({
      elapsedSeconds: 0,
      remainingSeconds: 86_400,
      futureDate: at(60 * 24 * 365).date
    })
    expect(soakShortfall('3.0.0', ahead!)).toMatch(
      /^3\.0\.0 entered canary in commit abc1234, dated .*: later than now/
    )
  })

  it('counts from the commit that moved the version into its stage; not committed or not found is no time', async () => {
    const entered = { commit: 'abc1234def', date: '2026-11-24T08:50:00Z' }
    const verdict = judgeSoak(pipeline, 'canary', 'production', entered, now)
    expect(verdict).toMatchObject({
      requiredSeconds: 86_400,
      elapsedSeconds: 11_400,
      remainingSeconds: 75_000
    })
    expect(soakShortfall('v', verdict!)).toBe(
      'v entered canary 3h 10m ago (commit abc1234): 20h 50m of the 24h soak before production remain'
    )
    const old = judgeSoak(
      pipeline,
      'canary',
      'production',
      { commit: 'a', date: '2026-11-22T12:00:00Z' },
      now
    )
    expect(old?.remainingSeconds).toBe(0)
    expect(
      judgeSoak(pipeline, 'canary', 'production', { commit: null, date: null }, now)?.remainingSeconds
    ).toBe(86_400)
    expect(judgeSoak(pipeline, 'canary', 'production', undefined, now)?.elapsedSeconds).toBe(0)
    expect(judgeSoak(pipeline, 'qa', 'canary', entered, now)).toBeUndefined()
  })
})

describe('the stages list in the manifest', () => {
  const problems = async (text: string) =>
    (await checkManifest(text, 'm.yaml')).problems.map(p => `${p.line}:${p.column} ${p.message}`)

  it('a valid pipeline reads fast and whole; without stages the default is staging → production', () => {
    const data = manifestWith('qa')
    expect(stageNames(pipelineOf(data))).toEqual(['dev', 'qa', 'canary', 'production', 'archived'])
    expect(stageNames(pipelineOf({}))).toEqual(['staging', 'production', 'archived'])
    expect(pipelineOf(data).stages[3]).toMatchObject({
      soak: '24h',
      soakSeconds: 86_400,
      environment: 'production'
    })
  })

  it('a stage the pipeline does not declare is refused at its line, with the closest stage', async () => {
    expect(await problems(`${PIPELINE}models:\n  m:\n    versions:\n      "1": { stage: canery }\n`)).toEqual(
      [
        '20:21 model m version 1 stage: stage must be one of: dev, qa, canary, production, archived (got "canery"): did you mean canary?'
      ]
    )
    expect(
      (await problems(`${PIPELINE}models:\n  m:\n    versions:\n      "1": { stage: staging }\n`))[0]
    ).toContain('stage must be one of: dev, qa, canary, production, archived (got "staging")')
  })

  it('a version without a stage is told the stages it may have', async () => {
    expect(await problems(`${PIPELINE}models:\n  m:\n    versions:\n      "1": { uri: x }\n`)).toEqual([
      '20:7 model m version 1 has no stage (dev, qa, canary, production or archived)'
    ])
  })

  it('an exclusive stage holds one version of a model', async () => {
    expect(
      await problems(
        `${PIPELINE}models:\n  m:\n    versions:\n      "1": { stage: canary }\n      "2": { stage: canary }\n`
      )
    ).toEqual([
      '21:21 model m has 2 versions in canary (1, 2): at most one version of a model may be in canary'
    ])
  })

  it.each([
    ['archived declared', '  - name: archived\n', 'archived is always there and cannot be declared'],
    ['a name declared twice', '  - name: qa\n', 'stage qa is declared twice'],
    ['a bad name', '  - name: Canary!\n', 'a stage name is lowercase letters'],
    ['a typo in a key', '  - name: extra\n    exclusiv: true\n', 'did you mean "exclusive"?'],
    [
      'a soak that is not a duration',
      '  - name: extra\n    soak: 1 day\n',
      'soak is a duration such as "30m", "24h" or "7d"'
    ]
  ])('%s is an error at its line', async (_name, stage, message) => {
    const text = PIPELINE.replace('  - name: canary\n', `${stage}  - name: canary\n`) + 'models: {}\n'
    const found = await problems(text)
    expect(found.join('\n')).toContain(message)
    expect(found[0]).toMatch(/^(5|6):\d+ /)
  })

  it('the first stage takes registrations (not exclusive, no soak) and the last one is exclusive', async () => {
    expect(
      await problems(
        'version: 1\nstages:\n  - name: a\n    exclusive: true\n    soak: 1h\n  - name: b\nmodels: {}\n'
      )
    ).toEqual([
      '4:16 stage 1 exclusive: the first stage (a) takes every new version: it cannot be exclusive (got "true")',
      '5:11 stage 1 soak: the first stage (a) is entered by register, not by promotion: it has no soak (got "1h")',
      '6:11 stage 2 name: the last stage (b) holds the live version: declare it with exclusive: true (got "b")'
    ])
    expect(
      (await problems('version: 1\nstages:\n  - name: only\n    exclusive: true\nmodels: {}\n'))[0]
    ).toContain('stages needs at least two')
  })
})

describe('a promotion reads the git history only when a soak needs it', () => {
  const manifest = (soak: string) => `version: 1
stages:
  - name: staging
  - name: production
    exclusive: true${soak}
defaults:
  validate: "true"
models:
  churn:
    versions:
      "1": { stage: production }
      "2": { stage: staging }
`
  it.each([
    ['no soak', '', 0],
    ['a soak', '\n    soak: 30m', 1]
  ])('with %s', async (_name, soak, readsHistory) => {
    const repo = createRepo(manifest(soak))
    try {
      const workspace = await openWorkspace(repo.work)
      const outcome = await prepareMove({
        workspace,
        text: repo.read(),
        command: 'promote',
        args: { model: 'churn' },
        validation: {},
        force: 'the test does not wait'
      })
      expect(outcome.plan.version).toBe('2')
      expect(outcome.admission?.soak !== undefined).toBe(readsHistory > 0)
      expect((workspace.git?.processCount ?? 0) > 0).toBe(readsHistory > 0)
    } finally {
      repo.cleanup()
    }
  })
})
