import { randomUUID } from 'node:crypto'

/**
 * Text from a manifest or a validation, written to the log so that the runner obeys no workflow command in it:
 * workflow commands are stopped with a token no text can guess, and resumed after. (@actions/core has no call for
 * stop-commands: it is written as the runner reads it.)
 */
export async function fenced<T>(work: (write: (text: string) => void) => Promise<T> | T): Promise<T> {
  const resume = randomUUID()
  process.stdout.write(`::stop-commands::${resume}\n`)
  try {
    return await work(text => process.stdout.write(text))
  } finally {
    process.stdout.write(`\n::${resume}::\n`)
  }
}

/** One text from a manifest or a validation, as a fenced log line. */
export function logFenced(text: string): Promise<void> {
  return fenced(write => write(text))
}
