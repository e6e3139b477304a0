import { describe, expect, it } from '@jest/globals'
import { checkRequest, positionalsOf, type FieldNames } from '../../../src/commands/request.js'
import { InputError } from '../../../src/stages/errors.js'

const NAMES: FieldNames = {
  rollback: '--rollback',
  model: 'MODEL',
  version: 'VERSION',
  to: '--to',
  from: '--from',
  at: '--at',
  base: '--base',
  uri: '--uri',
  digest: '--digest',
  description: '--description',
  validate: '--validate',
  validationTimeout: '--validation-timeout',
  metrics: '--metric',
  metadata: '--meta',
  force: '--force',
  reason: '--reason',
  declare: '--model',
  plan: '--plan',
  results: '--results',
  jobs: '--jobs',
  shard: '--shard',
  result: '--result',
  stages: '--stage',
  out: '--out',
  repoUrl: '--repo-url'
}

describe('one typed request per command', () => {
  it('gives each command the fields it takes, checked once', () => {
    expect(
      checkRequest(
        { command: 'promote', model: 'churn', to: 'production', validationTimeout: '60', uri: 'ignored' },
        NAMES
      )
    ).toEqual({ command: 'promote', model: 'churn', to: 'production', validationTimeout: 60 })
    expect(
      checkRequest({ command: 'register', model: 'churn', version: '2.0', metrics: ['auc=0.9'] }, NAMES)
    ).toEqual({ command: 'register', model: 'churn', version: '2.0', metrics: { auc: 0.9 } })
    expect(checkRequest({ command: 'changes', from: 'HEAD~3', to: 'HEAD' }, NAMES)).toEqual({
      command: 'changes',
      from: 'HEAD~3',
      to: 'HEAD'
    })
    expect(() => checkRequest({ command: 'archive', model: 'churn' }, NAMES)).toThrow('archive needs VERSION')
    expect(() => checkRequest({ command: 'check', model: 'churn' }, NAMES)).toThrow('check takes no MODEL')
  })

  it('derives the positionals usage shows from the same table', () => {
    expect(positionalsOf('promote')).toEqual(['MODEL', '[VERSION]'])
    expect(positionalsOf('register')).toEqual(['MODEL', 'VERSION'])
    expect(positionalsOf('history')).toEqual(['[MODEL]'])
    expect(positionalsOf('check')).toEqual([])
  })

  it.each([
    ['a line break', 'approved\nModel-Stage-Override: forged'],
    ['a record separator', 'approved\u001eforged'],
    ['a unit separator', 'approved\u001fforged']
  ])('refuses an override reason with %s: it could forge a second override', (_name, reason) => {
    expect(() => checkRequest({ command: 'promote', model: 'churn', force: true, reason }, NAMES)).toThrow(
      InputError
    )
  })
})
