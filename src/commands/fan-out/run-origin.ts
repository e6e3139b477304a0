import type { RunOrigin } from './validate-one.js'

/** The workflow run and job a result comes from, as the runner's variables name them; empty outside Actions. */
export function runOrigin(env: NodeJS.ProcessEnv = process.env): RunOrigin {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const repository = env.GITHUB_REPOSITORY
  const id = env.GITHUB_RUN_ID
  const origin: RunOrigin = {}
  if (repository) origin.repository = repository
  if (id) origin.id = id
  if (env.GITHUB_RUN_ATTEMPT) origin.attempt = env.GITHUB_RUN_ATTEMPT
  if (env.GITHUB_JOB) origin.job = env.GITHUB_JOB
  if (repository && id) origin.url = `${server}/${repository}/actions/runs/${id}`
  return origin
}
