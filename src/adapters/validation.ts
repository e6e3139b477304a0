import { spawn } from 'node:child_process'
import { isSecret } from './secrets.js'

export interface ValidationRequest {
  command: string
  cwd: string
  /** The model's values: passed only through the environment, never into the command string. */
  env: Record<string, string>
  timeoutSeconds?: number
  tailLines?: number
  onOutput?: (chunk: string) => void
}

export type ValidationStatus = 'passed' | 'failed' | 'timed-out'

export interface ValidationResult {
  status: ValidationStatus
  command: string
  exitCode: number | null
  signal: string | null
  durationMs: number
  /** The last lines of stdout and stderr, interleaved as they came. */
  tail: string
}

const KEEP_CHARACTERS = 64 * 1024
const KILL_GRACE_MS = 3000
/** How long a cancelled step gives the validation to clean up before it is killed. */
const SIGNAL_GRACE_MS = 1000

/** The runner's own plumbing: its service token and endpoints are for the runner, not for a step's commands. */
const RUNNER_INTERNALS = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2'
])

/**
 * The environment a validation command inherits: the step's own (its `env:` included), less the action's
 * inputs (`INPUT_*`, the token among them), the runner's internals, and any variable that holds a secret of
 * this run.
 */
export function inheritedEnvironment(environment: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined || name.startsWith('INPUT_') || RUNNER_INTERNALS.has(name) || isSecret(value))
      continue
    kept[name] = value
  }
  return kept
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

/** Process groups of the validations running now: a cancelled step takes them down with it. */
const runningGroups = new Set<number>()
const SIGNAL_EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 }
let signalsWatched = false

function watchSignals(): void {
  if (signalsWatched) return
  signalsWatched = true
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      for (const pid of runningGroups) killGroup(pid, 'SIGTERM')
      const exit = () => {
        for (const pid of runningGroups) killGroup(pid, 'SIGKILL')
        process.exit(SIGNAL_EXIT_CODES[signal])
      }
      if (runningGroups.size === 0) exit()
      else setTimeout(exit, SIGNAL_GRACE_MS)
    })
  }
}

/** Runs the command through the shell in its own process group, so that a timeout kills every process it started. */
export function runValidation(request: ValidationRequest): Promise<ValidationResult> {
  const started = Date.now()
  const tailLines = request.tailLines ?? 30
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', request.command], {
      cwd: request.cwd,
      env: { ...inheritedEnvironment(), ...request.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    watchSignals()
    if (child.pid !== undefined) runningGroups.add(child.pid)
    let output = ''
    let timedOut = false
    let settled = false
    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      request.onOutput?.(text)
      output = (output + text).slice(-KEEP_CHARACTERS)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)

    let graceTimer: NodeJS.Timeout | undefined
    const timeoutTimer =
      request.timeoutSeconds && request.timeoutSeconds > 0
        ? setTimeout(() => {
            timedOut = true
            killGroup(child.pid, 'SIGTERM')
            graceTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS)
          }, request.timeoutSeconds * 1000)
        : undefined

    const finish = (exitCode: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return
      settled = true
      clearTimeout(timeoutTimer)
      clearTimeout(graceTimer)
      // Whatever the command left running in its group goes with it.
      killGroup(child.pid, 'SIGKILL')
      if (child.pid !== undefined) runningGroups.delete(child.pid)
      const status: ValidationStatus = timedOut ? 'timed-out' : exitCode === 0 ? 'passed' : 'failed'
      resolve({
        status,
        command: request.command,
        exitCode,
        signal,
        durationMs: Date.now() - started,
        tail: lastLines(output, tailLines)
      })
    }
    child.on('error', reject)
    child.on('close', finish)
    // A grandchild that escaped the group may hold the pipes open: do not wait for it past the grace.
    child.on('exit', (code, signal) => setTimeout(() => finish(code, signal), KILL_GRACE_MS).unref())
  })
}

/** The most of a validation's output any report quotes: well inside GitHub's 65,536-character bodies. */
export const TAIL_CHARACTERS = 4000

/**
 * The end of a validation's output as a terminal would show it: each line at its last state (a progress bar
 * redraws its line with \r), the last `count` lines, at most TAIL_CHARACTERS of them, saying how much was cut.
 */
export function lastLines(text: string, count: number): string {
  const lines = text
    .replace(/\s+$/, '')
    .split('\n')
    .map(line => {
      const shown = line.replace(/\r+$/, '')
      return shown.slice(shown.lastIndexOf('\r') + 1)
    })
  const tail = lines.slice(-count).join('\n')
  if (tail.length <= TAIL_CHARACTERS) return tail
  const cut = tail.length - TAIL_CHARACTERS
  return `… (${cut} characters cut)\n${tail.slice(-TAIL_CHARACTERS)}`
}
