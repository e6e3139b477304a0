import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as runner from '../src/action/runner.js'

describe("the runner's protocol", () => {
  let folder: string
  let printed: string
  const saved = { ...process.env }

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'model-stages-runner-'))
    printed = ''
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      printed += String(chunk)
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
    process.env = { ...saved }
    process.exitCode = undefined
    rmSync(folder, { recursive: true, force: true })
  })

  it('reads an input from its INPUT_ variable, trimmed; a required one that is empty is an error', () => {
    process.env.INPUT_VALIDATION_TIMEOUT = '  30 \n'
    process.env.INPUT_DRY_RUN = 'x'
    expect(runner.getInput('validation_timeout')).toBe('30')
    expect(runner.getInput('dry run')).toBe('x')
    expect(runner.getInput('model')).toBe('')
    expect(() => runner.getInput('model', { required: true })).toThrow(
      'input model is required and was not given'
    )
  })

  it('writes outputs to GITHUB_OUTPUT with a delimiter no value can contain', () => {
    const file = path.join(folder, 'output')
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
    runner.setOutput('model', 'churn')
    runner.setOutput('history', 'line one\nghadelimiter_fake\nforged=1')
    const text = readFileSync(file, 'utf8')
    const entries = [...text.matchAll(/^([\w-]+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2\n/gm)]
    expect(entries.map(entry => [entry[1], entry[3]])).toEqual([
      ['model', 'churn'],
      ['history', 'line one\nghadelimiter_fake\nforged=1']
    ])
    expect(entries[0]?.[2]).not.toBe(entries[1]?.[2])
    expect(printed).toBe('')
  })

  it('a GITHUB_OUTPUT that names no file is an error, not a lost output', () => {
    process.env.GITHUB_OUTPUT = path.join(folder, 'missing')
    expect(() => runner.setOutput('model', 'churn')).toThrow(
      /GITHUB_OUTPUT names .*missing, which does not exist/
    )
  })

  it('escapes messages and annotation properties so that no text ends a command early', () => {
    runner.error('50% done\nnext line', {
      title: 'a: b, c',
      file: 'models/m.yaml',
      startLine: 4,
      startColumn: 9
    })
    runner.setSecret('s3cr3t')
    runner.warning('careful')
    runner.notice('nothing to do')
    runner.startGroup('Validation')
    runner.endGroup()
    runner.info('plain text ::not-a-command::')
    expect(printed.split('\n')).toEqual([
      '::error title=a%3A b%2C c,file=models/m.yaml,line=4,col=9::50%25 done%0Anext line',
      '::add-mask::s3cr3t',
      '::warning::careful',
      '::notice::nothing to do',
      '::group::Validation',
      '::endgroup::',
      'plain text ::not-a-command::',
      ''
    ])
  })

  it('setFailed fails the step when it ends, with an error annotation', () => {
    runner.setFailed('no such model')
    expect(process.exitCode).toBe(1)
    expect(printed).toBe('::error::no such model\n')
  })

  it('appends to the job summary; a runner without one is told', () => {
    const file = path.join(folder, 'summary')
    writeFileSync(file, '# before\n')
    process.env.GITHUB_STEP_SUMMARY = file
    runner.appendSummary('## model-stages')
    expect(readFileSync(file, 'utf8')).toBe('# before\n## model-stages\n')
    delete process.env.GITHUB_STEP_SUMMARY
    expect(() => runner.appendSummary('x')).toThrow('GITHUB_STEP_SUMMARY is not set')
  })
})
