/**
 * Waits between attempts at a contended branch: exponential and jittered so that racing runs spread out,
 * within a time budget instead of a fixed count of attempts.
 */
export class Backoff {
  private attempt = 0
  private readonly deadline: number

  constructor(
    readonly budgetMs: number,
    private readonly baseMs = 200,
    private readonly capMs = 8000
  ) {
    this.deadline = Date.now() + budgetMs
  }

  get attempts(): number {
    return this.attempt
  }

  /** False when the budget is spent; otherwise waits and returns true. */
  async wait(): Promise<boolean> {
    this.attempt++
    const ceiling = Math.min(this.capMs, this.baseMs * 2 ** (this.attempt - 1))
    const milliseconds = Math.floor(ceiling / 2 + Math.random() * (ceiling / 2))
    if (Date.now() + milliseconds > this.deadline) return false
    await new Promise(resolve => setTimeout(resolve, milliseconds))
    return true
  }
}
