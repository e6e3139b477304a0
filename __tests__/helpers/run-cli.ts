import { spawn } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from './run-action.js'
import { GIT_ENV } from './repo.js'

export interface CliRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

/** Runs the bundled CLI, dist/cli.js, as a child process. */
export function runCli(cwd: string, ...args: string[]): Promise<CliRun> {
  return runCliWith({ PATH: process.env.PATH ?? '', ...GIT_ENV }, cwd, ...args)
}

/** runCli with exactly this environment (a machine where git knows no identity, say). */
export function runCliWith(env: Record<string, string>, cwd: string, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli.js'), ...args], { cwd, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', exitCode => resolve({ exitCode, stdout, stderr }))
  })
}
