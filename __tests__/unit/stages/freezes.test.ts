import { describe, expect, it } from '@jest/globals'
import { checkManifest, readManifest } from '../../../src/manifest/read.js'
import type { Freeze } from '../../../src/manifest/schema.js'
import { judgeAdmission, refusedBeforeValidation } from '../../../src/stages/admission.js'
import { freezeCloses, frozenStagesOf, openFreezes } from '../../../src/stages/freezes.js'
import { pipelineOf } from '../../../src/stages/pipeline.js'

const at = (iso: string) => new Date(iso)
const closes = (freeze: Freeze, iso: string) => freezeCloses(freeze, at(iso))?.toISOString()

describe('an absolute window', () => {
  const holiday: Freeze = { from: '2026-12-24T00:00:00+01:00', to: '2027-01-04T00:00:00+01:00' }
  it('is open from its start (inclusive) to its end (exclusive), read with its offsets', () => {
    expect(closes(holiday, '2026-12-23T22:59:59Z')).toBeUndefined()
    expect(closes(holiday, '2026-12-23T23:00:00Z')).toBe('2027-01-03T23:00:00.000Z')
    expect(closes(holiday, '2027-01-03T22:59:59Z')).toBe('2027-01-03T23:00:00.000Z')
    expect(closes(holiday, '2027-01-03T23:00:00Z')).toBeUndefined()
  })
})

describe('a weekly window in a time zone', () => {
  const evenings: Freeze = { days: ['fri'], from: '18:00', to: '09:00', timezone: 'Europe/Berlin' }
  it('runs past midnight into the next day, in local time', () => {
    // Friday 2026-07-03, Berlin is UTC+2 (summer time).
    expect(closes(evenings, '2026-07-03T15:59:00Z')).toBeUndefined()
    expect(closes(evenings, '2026-07-03T16:00:00Z')).toBe('2026-07-04T07:00:00.000Z')
    expect(closes(evenings, '2026-07-04T06:59:00Z')).toBe('2026-07-04T07:00:00.000Z')
    expect(closes(evenings, '2026-07-04T07:00:00Z')).toBeUndefined()
  })
  it('follows daylight saving time: the same local hours are other UTC hours in winter', () => {
    // Friday 2026-12-04, Berlin is UTC+1.
    expect(closes(evenings, '2026-12-04T16:30:00Z')).toBeUndefined()
    expect(closes(evenings, '2026-12-04T17:00:00Z')).toBe('2026-12-05T08:00:00.000Z')
  })
  it('closes at the right instant across the night the clocks change', () => {
    // Saturday 2026-10-24 18:00 Berlin (UTC+2) to Sunday 09:00 (UTC+1, clocks went back at 03:00).
    const saturday: Freeze = { days: ['sat'], from: '18:00', to: '09:00', timezone: 'Europe/Berlin' }
    expect(closes(saturday, '2026-10-24T16:00:00Z')).toBe('2026-10-25T08:00:00.000Z')
  })
  it('takes 00:00 to 00:00 as the whole day, and days that meet close when the last one does', () => {
    const weekend: Freeze = { days: ['sat', 'sun'], from: '00:00', to: '00:00', timezone: 'America/New_York' }
    // Saturday 2026-12-05 noon in New York (UTC-5): closes Monday 00:00 local.
    expect(closes(weekend, '2026-12-05T17:00:00Z')).toBe('2026-12-07T05:00:00.000Z')
    expect(closes(weekend, '2026-12-07T05:00:00Z')).toBeUndefined()
    expect(closes(weekend, '2026-12-04T17:00:00Z')).toBeUndefined()
  })
  it('defaults to UTC', () => {
    expect(closes({ days: ['wed'], from: '10:00', to: '11:00' }, '2026-12-02T10:30:00Z')).toBe(
      '2026-12-02T11:00:00.000Z'
    )
  })
})

const MANIFEST = `version: 1
stages:
  - name: staging
  - name: canary
    exclusive: true
  - name: production
    exclusive: true
freezes:
  - reason: winter holiday freeze
    from: "2026-12-24T00:00:00Z"
    to: "2027-01-04T00:00:00Z"
  - reason: churn launch
    models: [churn]
    stages: [canary]
    from: "2026-12-01T00:00:00Z"
    to: "2026-12-10T00:00:00Z"
models:
  churn:
    versions:
      "1.0.0": { stage: production }
  fraud:
    versions:
      "2.0.0": { stage: production }
`

describe('which stages a window holds', () => {
  it('every exclusive stage by default; its own stages and models when it names them', async () => {
    const data = await readManifest(MANIFEST, 'm.yaml')
    const christmas = at('2026-12-25T12:00:00Z')
    expect(frozenStagesOf(data, 'fraud', christmas).map(f => f.stage)).toEqual(['canary', 'production'])
    expect(openFreezes(data, 'fraud', 'staging', christmas)).toEqual([])
    const launch = at('2026-12-05T12:00:00Z')
    expect(frozenStagesOf(data, 'churn', launch)).toEqual([
      { stage: 'canary', reason: 'churn launch', until: at('2026-12-10T00:00:00Z') }
    ])
    expect(frozenStagesOf(data, 'fraud', launch)).toEqual([])
  })

  it('refuses a move into a frozen stage with the reason and the end, and a reason overrides it', async () => {
    const data = await readManifest(MANIFEST, 'm.yaml')
    const now = at('2026-12-25T12:00:00Z')
    const move = { model: 'fraud', version: '2.1.0', from: 'canary', to: 'production' }
    const facts = {
      move,
      pipeline: pipelineOf(data),
      now,
      freezes: openFreezes(data, 'fraud', 'production', now)
    }
    const [refusal] = refusedBeforeValidation(judgeAdmission(facts))
    expect(refusal?.guard).toBe('freeze')
    expect(refusal?.message).toContain(
      'production is frozen until 2027-01-04T00:00:00Z: winter holiday freeze'
    )
    const forced = judgeAdmission({ ...facts, overrideReason: 'incident 42 fix' })
    expect(refusedBeforeValidation(forced)).toEqual([])
    expect(forced.override).toEqual({
      reason: 'incident 42 fix',
      bypassed: ['freeze: production is frozen until 2027-01-04T00:00:00Z: winter holiday freeze']
    })
    const archiving = judgeAdmission({ ...facts, move: { ...move, from: 'production', to: 'archived' } })
    expect(archiving.refusals).toEqual([])
  })
})

describe('a freeze as the manifest writes it', () => {
  const problemsOf = async (freeze: string) =>
    (await checkManifest(`version: 1\nfreezes:\n${freeze}models: {}\n`, 'm.yaml')).problems.map(
      p => `${p.line}:${p.column} ${p.message}`
    )
  it('names each mistake at its line and column, with the fix', async () => {
    expect(await problemsOf('  - from: "2026-12-24"\n    to: "2027-01-04T00:00:00Z"\n')).toEqual([
      expect.stringMatching(/^3:11 .*from is a date and time with its offset/)
    ])
    expect(
      await problemsOf('  - days: [sat]\n    from: "18:00"\n    to: "9am"\n    timezone: Mars/Olympus\n')
    ).toEqual([
      expect.stringMatching(/^5:9 .*to is a time of day such as 18:00/),
      expect.stringMatching(/^6:15 .*IANA time zone name/)
    ])
    expect(await problemsOf('  - days: [saturday]\n    from: "18:00"\n    to: "09:00"\n')).toEqual([
      expect.stringMatching(/^3:12 .*a day is one of mon, tue/)
    ])
    expect(
      await problemsOf(
        '  - from: "2026-12-24T00:00Z"\n    to: "2026-12-20T00:00Z"\n    stage: [production]\n'
      )
    ).toEqual([
      expect.stringMatching(/^4:9 .*to is not after from/),
      expect.stringMatching(/^5:5 unknown key "stage" in freeze 1: did you mean "stages"\?/)
    ])
    expect(
      await problemsOf('  - from: "2026-12-24T00:00Z"\n    to: "2027-01-04T00:00Z"\n    stages: [prod]\n')
    ).toEqual([
      expect.stringMatching(
        /^5:14 .*must be one of: staging, production \(got "prod"\): did you mean production\?/
      )
    ])
  })
})
