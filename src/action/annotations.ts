import * as runner from './runner.js'
import type { Problem } from '../manifest/problems.js'

/** An error annotation on the manifest line a problem is about. */
export function annotate(problem: Problem): void {
  runner.error(problem.message, {
    title: 'model-stages',
    file: problem.file,
    startLine: problem.line,
    startColumn: problem.column
  })
}
