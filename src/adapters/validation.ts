import { spawn } from 'node:child_process'

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

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

/** Runs the command through the shell in its own process group, so that a timeout kills every process it started. */
export function runValidation(request: ValidationRequest): Promise<ValidationResult> {
  const started = Date.now()
  const tailLines = request.tailLines ?? 30
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', request.command], {
      cwd: request.cwd,
      env: { ...process.env, ...request.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
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

export function lastLines(text: string, count: number): string {
  const lines = text.replace(/\s+$/, '').split('\n')
  return lines.slice(-count).join('\n')
}
