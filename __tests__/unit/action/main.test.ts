import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from '../../../src/action/main.js'
import { parseOutputFile } from '../../helpers/run-action.js'

/** The entry point in this process, through the real @actions/core: INPUT_* variables and the runner's files. */
describe('entry point', () => {
  let folder: string
  let printed: string
  const cwd = process.cwd()
  const saved = { ...process.env }
  // @actions/core reads GITHUB_STEP_SUMMARY once per process: one summary file serves every test.
  const runnerFiles = mkdtempSync(path.join(tmpdir(), 'model-stages-main-runner-'))
  const summaryFile = path.join(runnerFiles, 'summary')
  afterAll(() => rmSync(runnerFiles, { recursive: true, force: true }))

  function setInputs(inputs: Record<string, string>): void {
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  }
  const outputs = () => parseOutputFile(readFileSync(path.join(folder, 'output'), 'utf8'))
  const failed = () => process.exitCode === 1

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'model-stages-main-'))
    writeFileSync(path.join(folder, 'output'), '')
    writeFileSync(summaryFile, '')
    process.env.GITHUB_OUTPUT = path.join(folder, 'output')
    process.env.GITHUB_STEP_SUMMARY = summaryFile
    process.chdir(folder)
    setInputs({
      command: 'promote',
      manifest: 'model-stages.yaml',
      to: 'production',
      mode: 'dry-run',
      token: 'ghs_main_test'
    })
    printed = ''
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      printed += String(chunk)
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
    process.chdir(cwd)
    process.env = { ...saved }
    process.exitCode = undefined
    rmSync(folder, { recursive: true, force: true })
  })

  it('fails with a clear message for an unknown command, before touching anything', async () => {
    setInputs({ command: 'deploy' })
    await run()
    expect(failed()).toBe(true)
    expect(printed).toContain('::error::input command must be one of register, promote, evaluate')
    expect(outputs()).toEqual({})
  })

  it('refuses a manifest outside the repository', async () => {
    setInputs({ manifest: '../elsewhere/model-stages.yaml', model: 'm' })
    await run()
    expect(failed()).toBe(true)
    expect(printed).toMatch(
      /^::error::the manifest must be a file inside the repository .*; "\.\.\/elsewhere\/model-stages\.yaml" leads to /m
    )
  })

  it('masks the token', async () => {
    setInputs({ token: 'ghs_secret', model: 'm' })
    await run()
    expect(printed.split('\n')[0]).toBe('::add-mask::ghs_secret')
  })

  it('turns every manifest problem into an annotation at its file, line and column', async () => {
    const text =
      'version: 1\nmodels:\n  m:\n    versions:\n      "1": { stage: live }\n      "2": { stgae: staging }\n'
    writeFileSync(path.join(folder, 'model-stages.yaml'), text)
    setInputs({ model: 'm' })
    await run()
    expect(printed).toMatch(
      /^::error title=model-stages,file=model-stages\.yaml,line=5,col=21::.*stage must be one of/m
    )
    expect(printed).toMatch(
      /^::error title=model-stages,file=model-stages\.yaml,line=6,col=14::.*unknown key "stgae"/m
    )
    expect(printed).toMatch(/^::error::\d+ problem\(s\) in the manifest; nothing was changed$/m)
    expect(failed()).toBe(true)
    expect(readFileSync(path.join(folder, 'model-stages.yaml'), 'utf8')).toBe(text)
  })

  it('sets the outputs of a dry-run promotion without writing', async () => {
    const text =
      'version: 1\nmodels:\n  m:\n    validate: "true"\n    versions:\n      "1": { stage: staging, uri: s3://m/1 }\n'
    writeFileSync(path.join(folder, 'model-stages.yaml'), text)
    setInputs({ model: 'm' })
    await run()
    const commands = printed
      .split('\n')
      .filter(line => line.startsWith('::') && !line.startsWith('::debug::'))
    expect(commands).toEqual([
      '::add-mask::ghs_main_test',
      '::group::Validation output',
      expect.stringMatching(/^::stop-commands::[\w-]+$/),
      expect.stringMatching(/^::[\w-]+::$/),
      '::endgroup::',
      // The planned diff quotes the manifest: it is fenced too, with a token of its own.
      expect.stringMatching(/^::stop-commands::[\w-]+$/),
      expect.stringMatching(/^::[\w-]+::$/)
    ])
    expect(commands[3]).toBe(`::${commands[2]?.slice('::stop-commands::'.length)}::`)
    expect(commands[6]).toBe(`::${commands[5]?.slice('::stop-commands::'.length)}::`)
    expect(commands[5]).not.toBe(commands[2])
    expect(failed()).toBe(false)
    expect(outputs()).toMatchObject({
      changed: 'true',
      stage: 'production',
      'previous-stage': 'staging',
      'production-version': '1',
      'production-uri': 's3://m/1',
      validation: 'passed'
    })
    expect(readFileSync(summaryFile, 'utf8')).toContain('staging → production')
    expect(readFileSync(path.join(folder, 'model-stages.yaml'), 'utf8')).toBe(text)
  })
})
