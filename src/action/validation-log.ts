import * as core from '@actions/core'
import { fenced } from './fence.js'
import type { ValidationOptions } from '../commands/validate.js'
import type { ValidationRequest } from '../commands/request.js'

/**
 * Runs `work` with the validation's output streamed into a collapsed log group, fenced: a line such as
 * `::add-mask::` or `::error::` in a model's output is printed, not obeyed.
 */
export async function withValidationLog<T>(
  title: string,
  request: ValidationRequest,
  work: (options: ValidationOptions) => Promise<T>
): Promise<T> {
  return core.group(title, () =>
    fenced(write =>
      work({ validate: request.validate, timeoutSeconds: request.validationTimeout, onOutput: write })
    )
  )
}

/** Runs `work` with the validation options, its output shown as the log wants it. */
export type ValidationRun = <T>(work: (options: ValidationOptions) => Promise<T>) => Promise<T>

/** Each validation a run makes, in a log group of its own named `title`. */
export function validationLog(title: string, request: ValidationRequest): ValidationRun {
  return work => withValidationLog(title, request, work)
}
