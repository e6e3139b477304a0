import * as core from '@actions/core'
import type { Problem } from '../manifest/problems.js'

/** An error annotation on the manifest line a problem is about. */
export function annotate(problem: Problem): void {
  core.error(problem.message, {
    title: 'model-stages',
    file: problem.file,
    startLine: problem.line,
    startColumn: problem.column
  })
}
