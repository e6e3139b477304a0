import { redact } from '../adapters/secrets.js'
import * as runner from './runner.js'

/** Appends to the job summary, with every secret of the run redacted. */
export async function writeSummary(markdown: string): Promise<void> {
  runner.appendSummary(redact(markdown))
}
