import * as core from '@actions/core'
import { redact } from '../adapters/secrets.js'

/**
 * Appends to the job summary, with every secret of the run redacted. A runner without job summaries (no
 * GITHUB_STEP_SUMMARY, or a file that cannot be written) gets a warning: the summary only repeats what the outputs
 * and the log say, and a change that already landed must not turn into a failed step.
 */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(redact(markdown), true).write()
  } catch (error) {
    core.summary.emptyBuffer()
    core.warning(
      `no job summary was written (${error instanceof Error ? error.message : String(error)}); the outputs and this log hold the same`
    )
  }
}
