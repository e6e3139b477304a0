import type { BrokenRevision } from '../adapters/manifest-history.js'
import { ManifestError, formatProblem, type Problem } from '../manifest/problems.js'
import { brokenRevisionText } from '../reporting/broken-revision.js'
import { InputError, RefusedError } from '../stages/errors.js'
import { UsageError } from './arguments.js'

export const EXIT_OK = 0
export const EXIT_REFUSED = 1
export const EXIT_BAD_INPUT = 2

export interface CliIo {
  cwd: string
  out: (text: string) => void
  err: (text: string) => void
}

/** Prints a result: JSON when asked for, else the text. */
export function print(io: CliIo, json: boolean, value: unknown, text: () => string): void {
  if (json) io.out(JSON.stringify(value, null, 2) + '\n')
  else io.out(text())
}

/** A warning on stderr for each revision whose moves were not counted, with its problems. */
export function warnBrokenRevisions(
  io: CliIo,
  manifestName: string,
  brokenRevisions: readonly BrokenRevision[]
): void {
  for (const broken of brokenRevisions)
    io.err(
      `model-stages: warning: ${brokenRevisionText(manifestName, broken)}:\n` +
        broken.problems.map(problem => `  ${formatProblem(problem)}\n`).join('')
    )
}

function exitCodeOf(error: unknown): number {
  if (error instanceof ManifestError || error instanceof InputError || error instanceof UsageError)
    return EXIT_BAD_INPUT
  return EXIT_REFUSED
}

/** Any failure: its message on stderr (or `{ "error": … }` on stdout with --json), and its exit code. */
export function reportError(error: unknown, io: CliIo, json: boolean): number {
  const exitCode = exitCodeOf(error)
  const problems: Problem[] = error instanceof ManifestError ? error.problems : []
  const message =
    error instanceof ManifestError
      ? `${problems.length} problem(s) in the manifest; nothing was changed`
      : error instanceof Error
        ? error.message
        : String(error)
  if (json) {
    io.out(JSON.stringify({ error: { exitCode, message, problems } }, null, 2) + '\n')
    return exitCode
  }
  if (problems.length > 0) io.err(problems.map(formatProblem).join('\n') + '\n')
  else if (error instanceof RefusedError) io.err(`model-stages: refused: ${message}\n`)
  else if (error instanceof UsageError)
    io.err(`model-stages: ${message}\nRun 'model-stages help' for usage.\n`)
  else io.err(`model-stages: ${message}\n`)
  return exitCode
}
