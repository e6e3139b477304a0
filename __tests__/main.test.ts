import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const inputs: Record<string, string> = {}
const runner = {
  getInput: jest.fn((name: string, options?: { required?: boolean }) => {
    const value = inputs[name] ?? ''
    if (options?.required && !value) throw new Error(`input ${name} is required and was not given`)
    return value
  }),
  setSecret: jest.fn(),
  setOutput: jest.fn(),
  setFailed: jest.fn(),
  error: jest.fn(),
  notice: jest.fn(),
  warning: jest.fn(),
  info: jest.fn(),
  startGroup: jest.fn(),
  endGroup: jest.fn(),
  appendSummary: jest.fn()
}
jest.unstable_mockModule('../src/action/runner.js', () => runner)
const { run } = await import('../src/action/main.js')

describe('entry point', () => {
  let folder: string
  const cwd = process.cwd()

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'model-stages-main-'))
    process.chdir(folder)
    for (const key of Object.keys(inputs)) delete inputs[key]
    Object.assign(inputs, {
      command: 'promote',
      manifest: 'model-stages.yaml',
      to: 'production',
      mode: 'dry-run',
      token: 't'
    })
    jest.clearAllMocks()
  })
  afterEach(() => {
    process.chdir(cwd)
    rmSync(folder, { recursive: true, force: true })
  })

  it('fails with a clear message for an unknown command, before touching anything', async () => {
    inputs.command = 'deploy'
    await run()
    expect(runner.setFailed).toHaveBeenCalledWith(
      expect.stringContaining('input command must be one of register, promote, evaluate')
    )
    expect(runner.setOutput).not.toHaveBeenCalled()
  })

  it('refuses a manifest outside the repository', async () => {
    inputs.manifest = '../elsewhere/model-stages.yaml'
    inputs.model = 'm'
    await run()
    expect(runner.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(
        /^the manifest must be a file inside the repository .*; "\.\.\/elsewhere\/model-stages\.yaml" leads to /
      )
    )
  })

  it('masks the token', async () => {
    inputs.token = 'ghs_secret'
    inputs.model = 'm'
    await run()
    expect(runner.setSecret).toHaveBeenCalledWith('ghs_secret')
  })

  it('turns every manifest problem into an annotation at its file, line and column', async () => {
    const text =
      'version: 1\nmodels:\n  m:\n    versions:\n      "1": { stage: live }\n      "2": { stgae: staging }\n'
    writeFileSync(path.join(folder, 'model-stages.yaml'), text)
    inputs.model = 'm'
    await run()
    expect(runner.error).toHaveBeenCalledWith(expect.stringContaining('stage must be one of'), {
      title: 'model-stages',
      file: 'model-stages.yaml',
      startLine: 5,
      startColumn: 21
    })
    expect(runner.error).toHaveBeenCalledWith(
      expect.stringContaining('unknown key "stgae"'),
      expect.objectContaining({ startLine: 6, startColumn: 14 })
    )
    expect(runner.setFailed).toHaveBeenCalledWith(
      expect.stringContaining('problem(s) in the manifest; nothing was changed')
    )
    expect(readFileSync(path.join(folder, 'model-stages.yaml'), 'utf8')).toBe(text)
  })

  it('sets the outputs of a dry-run promotion without writing', async () => {
    const text =
      'version: 1\nmodels:\n  m:\n    validate: "true"\n    versions:\n      "1": { stage: staging, uri: s3://m/1 }\n'
    writeFileSync(path.join(folder, 'model-stages.yaml'), text)
    inputs.model = 'm'
    const written: string[] = []
    const write = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation(chunk => written.push(String(chunk)) > 0)
    try {
      await run()
    } finally {
      write.mockRestore()
    }
    expect(written.join('')).toMatch(/^::stop-commands::([\w-]+)\n[\s\S]*\n::\1::\n$/)
    expect(runner.setFailed).not.toHaveBeenCalled()
    expect(Object.fromEntries(runner.setOutput.mock.calls)).toMatchObject({
      changed: 'true',
      stage: 'production',
      'previous-stage': 'staging',
      'production-version': '1',
      'production-uri': 's3://m/1',
      validation: 'passed'
    })
    expect(readFileSync(path.join(folder, 'model-stages.yaml'), 'utf8')).toBe(text)
  })
})
