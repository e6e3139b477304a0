import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { GIT_ENV } from './repo.js'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const ACTION_DEFAULTS: Record<string, string> = {
  command: 'promote',
  manifest: 'model-stages.yaml',
  force: 'false',
  mode: 'pull-request',
  token: 'test-token'
}

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface ActionRunOptions {
  cwd: string
  inputs: Record<string, string>
  apiUrl?: string
  event?: Record<string, unknown>
  eventName?: string
  ref?: string
  env?: Record<string, string>
  /** The bundle to run (default: dist/index.js of this project). */
  entry?: string
  /** Called with the action's process once it is started (to signal it, as a cancelled job does). */
  onStart?: (child: ChildProcess) => void
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` records. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name = '', delimiter] = match
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** Runs dist/index.js the way the runner does: INPUT_* variables and the GITHUB_* files. */
export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const files = mkdtempSync(path.join(tmpdir(), 'model-stages-runner-'))
  const outputFile = path.join(files, 'output')
  const summaryFile = path.join(files, 'summary')
  const eventFile = path.join(files, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event ?? { repository: { default_branch: 'main' } }))
  const inputs = { ...ACTION_DEFAULTS, ...options.inputs }
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
  )
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...GIT_ENV,
    ...inputEnv,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'octo-dev',
    GITHUB_ACTOR_ID: '1001',
    NO_PROXY: '127.0.0.1,localhost',
    ...options.env
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.entry ?? path.join(PROJECT_ROOT, 'dist', 'index.js')], {
      cwd: options.cwd,
      env
    })
    options.onStart?.(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', exitCode => {
      const run = {
        exitCode,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8')
      }
      // The runner's files of this run are read: they are removed, so that test runs leave nothing behind.
      rmSync(files, { recursive: true, force: true })
      resolve(run)
    })
  })
}
