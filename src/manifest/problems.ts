export interface Problem {
  file: string
  line: number
  column: number
  message: string
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column)
}

/** The manifest (or an input about it) is wrong: the run stops before anything is written. */
export class ManifestError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'ManifestError'
  }
}
