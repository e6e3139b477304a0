/**
 * A publishing step that failed. `leftBehind` says what the run did leave on origin (a pushed branch),
 * so that the summary never claims that nothing was changed when something was.
 */
export class PublishError extends Error {
  constructor(
    message: string,
    readonly leftBehind?: string
  ) {
    super(message)
    this.name = 'PublishError'
  }
}
