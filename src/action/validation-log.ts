import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import type { ValidationOptions } from '../commands/validate.js'
import type { ValidationRequest } from '../commands/request.js'

/**
 * Runs `work` with the validation's output streamed into a collapsed log group. Workflow commands are
 * switched off meanwhile, so that a line such as `::add-mask::` or `::error::` in a model's output is
 * printed, not obeyed. (@actions/core has no call for stop-commands: it is written as the runner reads it.)
 */
export async function withValidationLog<T>(
  title: string,
  request: ValidationRequest,
  work: (options: ValidationOptions) => Promise<T>
): Promise<T> {
  return core.group(title, async () => {
    const resume = randomUUID()
    process.stdout.write(`::stop-commands::${resume}\n`)
    try {
      return await work({
        validate: request.validate,
        timeoutSeconds: request.validationTimeout,
        onOutput: chunk => process.stdout.write(chunk)
      })
    } finally {
      process.stdout.write(`\n::${resume}::\n`)
    }
  })
}

/** Runs `work` with the validation options, its output shown as the log wants it. */
export type ValidationRun = <T>(work: (options: ValidationOptions) => Promise<T>) => Promise<T>

/** Each validation a run makes, in a log group of its own named `title`. */
export function validationLog(title: string, request: ValidationRequest): ValidationRun {
  return work => withValidationLog(title, request, work)
}
