import * as core from '@actions/core'
import { redact } from '../adapters/secrets.js'

/** Appends to the job summary, with every secret of the run redacted. */
export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(redact(markdown), true).write()
}
