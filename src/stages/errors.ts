/** A move the lifecycle rules forbid, or a validation that failed: exit code 1. */
export class RefusedError extends Error {
  override name = 'RefusedError'
}

/** A request that names something that does not exist or is malformed: exit code 2. */
export class InputError extends Error {
  override name = 'InputError'
}
