import { describe, expect, it } from '@jest/globals'
import { openManifest, readManifest } from '../../../src/manifest/read.js'
import { rewriteManifest } from '../../../src/manifest/rewrite.js'
import { RefusedError, InputError } from '../../../src/stages/errors.js'
import { judgeAdmission, refusedBeforeValidation } from '../../../src/stages/admission.js'
import { pipelineOf } from '../../../src/stages/pipeline.js'
import { planBlock, planRollback, planUnblock } from '../../../src/stages/plan.js'
import { commitMessage } from '../../../src/reporting/describe.js'

const TEXT = `version: 1
models:
  churn:
    versions:
      # the first one
      "1.0.0": { stage: archived, uri: s3://m/1 }
      "1.1.0":
        stage: archived   # leaked test set
        uri: s3://m/2
        blocked: trained on the test set
      "1.2.0":
        stage: production
        uri: s3://m/3
      "1.3.0": { stage: staging }
`
/** Versions that served production before, the most recent last. */
const HISTORY = { formerIn: () => ['1.0.0', '1.1.0'] }

describe('block', () => {
  it('a version not serving a stage: one line added, nothing else changes', async () => {
    const manifest = await openManifest(TEXT, 'm.yaml')
    const plan = planBlock(manifest.data, 'churn', '1.3.0', 'bias regression: see #12')
    expect(plan.transitions).toEqual([])
    const after = await rewriteManifest(manifest, plan.changes, plan.result)
    expect(after).toBe(
      TEXT.replace(
        '"1.3.0": { stage: staging }',
        '"1.3.0": { stage: staging, blocked: "bias regression: see #12" }'
      )
    )
    expect(commitMessage(plan, undefined)).toBe(
      'churn: block 1.3.0\n\n1.3.0 is blocked: bias regression: see #12. It may enter no stage but archived.\n\n' +
        'Model-Stage-Block: churn@1.3.0: bias regression: see #12\n'
    )
  })

  it('a serving version needs rollback, which brings back the newest earlier version that is not blocked', async () => {
    const manifest = await openManifest(TEXT, 'm.yaml')
    expect(() => planBlock(manifest.data, 'churn', '1.2.0', 'drift')).toThrow(RefusedError)
    expect(() => planBlock(manifest.data, 'churn', '1.2.0', 'drift')).toThrow(/--rollback/)
    const plan = planBlock(manifest.data, 'churn', '1.2.0', 'drift', { rollback: true, history: HISTORY })
    expect(plan.operation).toBe('block')
    expect(plan.needsValidation).toBe(true)
    expect(plan.transitions.map(t => [t.version, t.from, t.to, t.cause])).toEqual([
      ['1.0.0', 'archived', 'production', 'requested'],
      ['1.2.0', 'production', 'archived', 'replaced']
    ])
    const after = await rewriteManifest(manifest, plan.changes, plan.result)
    expect(after).toContain('"1.0.0": { stage: production, uri: s3://m/1 }')
    expect(after).toContain('        stage: archived\n        uri: s3://m/3\n        blocked: drift\n')
    expect(commitMessage(plan, undefined)).toMatch(
      /^churn: block 1.2.0 and roll back production to 1.0.0\n[\s\S]*Model-Stage: churn@1.0.0 archived -> production\nModel-Stage: churn@1.2.0 production -> archived\nModel-Stage-Block: churn@1.2.0: drift\n$/
    )
  })

  it('rollback with nothing to bring back is refused, and says how to stop the line', async () => {
    const data = await readManifest(TEXT, 'm.yaml')
    expect(() =>
      planBlock(data, 'churn', '1.2.0', 'drift', { rollback: true, history: { formerIn: () => ['1.1.0'] } })
    ).toThrow(/archive it first, then block it/)
    expect(() => planBlock(data, 'churn', '1.3.0', 'x', { rollback: true })).toThrow(InputError)
  })

  it('unblock removes the line whole; blocking again with the same reason is a no-op', async () => {
    const manifest = await openManifest(TEXT, 'm.yaml')
    expect(planBlock(manifest.data, 'churn', '1.1.0', 'trained on the test set').transitions).toEqual([])
    expect(planBlock(manifest.data, 'churn', '1.1.0', 'trained on the test set').changes).toEqual([])
    const plan = planUnblock(manifest.data, 'churn', '1.1.0')
    const after = await rewriteManifest(manifest, plan.changes, plan.result)
    expect(after).toBe(TEXT.replace('        blocked: trained on the test set\n', ''))
    expect(commitMessage(plan, undefined)).toContain('Model-Stage-Unblock: churn@1.1.0\n')
    expect(planUnblock(manifest.data, 'churn', '1.0.0').note).toBe('churn 1.0.0 is not blocked')
  })
})

describe('a blocked version enters no stage but archived', () => {
  it('rollback without a version skips it; named, the admission refuses it with its reason', async () => {
    const data = await readManifest(TEXT, 'm.yaml')
    const plan = planRollback(data, 'churn', undefined, HISTORY)
    expect(plan.version).toBe('1.0.0')
    const pipeline = pipelineOf(data)
    const now = new Date()
    for (const [from, to] of [
      ['archived', 'production'],
      ['archived', 'staging'],
      ['staging', 'production']
    ] as const) {
      const verdict = judgeAdmission({
        move: { model: 'churn', version: '1.1.0', from, to },
        pipeline,
        now,
        blocked: 'trained on the test set',
        overrideReason: 'a reason overrides no block'
      })
      expect(refusedBeforeValidation(verdict).map(r => r.guard)).toContain('blocked')
      expect(verdict.refusals[0]?.message).toContain('is blocked (trained on the test set)')
    }
    const archiving = judgeAdmission({
      move: { model: 'churn', version: '1.1.0', from: 'staging', to: 'archived' },
      pipeline,
      now,
      blocked: 'x'
    })
    expect(archiving.refusals).toEqual([])
  })
})
