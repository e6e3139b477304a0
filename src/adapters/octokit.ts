import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { ApiSettings } from './github.js'

/**
 * Every request gets its own deadline, so that a silent API fails (and is retried) instead of hanging the job.
 * The timer is a referenced one (AbortSignal.timeout's is not): a silent request keeps the run waiting for it.
 */
function deadlinePlugin(timeoutMs: number) {
  return (octokit: { hook: { wrap: (name: 'request', wrapper: Wrapper) => void } }) => {
    octokit.hook.wrap('request', async (request, options) => {
      const controller = new AbortController()
      const timer = setTimeout(
        () => controller.abort(new Error(`no answer within ${timeoutMs / 1000} s (timeout)`)),
        timeoutMs
      )
      // Set in place: the retry plugin hands this same object to every attempt, each with a fresh deadline.
      options.request = Object.assign(options.request ?? {}, { signal: controller.signal })
      try {
        return await request(options)
      } finally {
        clearTimeout(timer)
      }
    })
  }
}
type Wrapper = (
  request: (options: { request?: object }) => Promise<unknown>,
  options: { request?: object }
) => Promise<unknown>

export function createOctokit(token: string, settings: ApiSettings) {
  const withinRetries = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < settings.retries && retryAfter * 1000 <= settings.timeoutMs * 4
  // The deadline comes first, so that it sits inside the retries: each attempt gets a fresh one.
  return github.getOctokit(
    token,
    {
      retry: { retries: settings.retries, retryAfterBaseValue: settings.retryDelayMs },
      throttle: { onRateLimit: withinRetries, onSecondaryRateLimit: withinRetries }
    },
    deadlinePlugin(settings.timeoutMs) as never,
    retry,
    throttling
  )
}

export type Octokit = ReturnType<typeof createOctokit>
