import { closestWord } from '../manifest/closest-word.js'

/** A move the lifecycle rules forbid, or a validation that failed: exit code 1. */
export class RefusedError extends Error {
  override name = 'RefusedError'
}

/** A request that names something that does not exist or is malformed: exit code 2. */
export class InputError extends Error {
  override name = 'InputError'
}

/** At most this many known names are listed in a message; a long list is cut and counted. */
const LISTED_NAMES = 20

/**
 * "unknown model m-500; the manifest has 1000 models: model-0, …, model-19 and 980 more. Did you mean model-500?":
 * a list short enough to read, and the closest name.
 */
export function unknownModel(model: string, known: readonly string[], where = 'the manifest'): InputError {
  if (known.length === 0) return new InputError(`unknown model ${model}; ${where} has: no models`)
  const guess = closestWord(model, known)
  const hint = guess ? `. Did you mean ${guess}?` : ''
  const listed =
    known.length <= LISTED_NAMES
      ? `: ${known.join(', ')}`
      : ` ${known.length} models: ${known.slice(0, LISTED_NAMES).join(', ')} and ${known.length - LISTED_NAMES} more`
  return new InputError(`unknown model ${model}; ${where} has${listed}${hint}`)
}
