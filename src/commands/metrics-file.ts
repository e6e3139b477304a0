import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { MAX_METRICS, METRIC_NAME_PATTERN, METRIC_NAME_RULE } from '../manifest/names.js'
import { readPlainData } from '../manifest/profile.js'
import { holdsSecret } from '../adapters/secrets.js'
import { quoted } from '../reporting/quote.js'

/** The most MODEL_METRICS_FILE may hold: a JSON object of at most MAX_METRICS numbers is far smaller. */
export const METRICS_FILE_LIMIT = 64 * 1024

export type MetricsReading = { metrics?: Record<string, number>; error?: string }

/**
 * What the validation wrote to MODEL_METRICS_FILE: nothing (no file, or an empty one), a JSON object of metric
 * name → number, or why it cannot be used. Anything but a regular file (a directory, a FIFO, a symlink), a file
 * over the limit, invalid JSON, a repeated key, a name that is not a metric name or a value that is not a number is
 * an error: the gates never judge a measurement that could not be read. The file is opened without following a link
 * and without blocking, so that nothing the validation left there can hold the run.
 */
export async function readMetricsFile(file: string): Promise<MetricsReading> {
  let handle
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return {}
    if (code === 'ELOOP')
      return { error: 'MODEL_METRICS_FILE is a symbolic link: write the metrics to the file itself' }
    return { error: `MODEL_METRICS_FILE cannot be read (${code ?? String(error)})` }
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile())
      return {
        error: `MODEL_METRICS_FILE is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}: write a JSON object of metric name → number to it`
      }
    if (stat.size > METRICS_FILE_LIMIT)
      return {
        error: `MODEL_METRICS_FILE holds ${stat.size} bytes, over the ${METRICS_FILE_LIMIT} a JSON object of at most ${MAX_METRICS} metrics needs`
      }
    const text = (await handle.readFile({ encoding: 'utf8' })).slice(0, METRICS_FILE_LIMIT)
    return parseMetrics(text)
  } finally {
    await handle.close()
  }
}

function parseMetrics(text: string): MetricsReading {
  if (text.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { error: `MODEL_METRICS_FILE does not hold JSON: ${quoted(text)}` }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { error: 'MODEL_METRICS_FILE must hold a JSON object of metric name → number' }
  // JSON.parse keeps the last of a repeated key; the plain-data reader refuses it, as it does in the manifest.
  const repeated = readPlainData(text).problems.find(problem => problem.message.startsWith('duplicate key'))
  if (repeated) return { error: `MODEL_METRICS_FILE: ${repeated.message}` }
  const entries = Object.entries(parsed)
  if (entries.length > MAX_METRICS)
    return {
      error: `MODEL_METRICS_FILE holds ${entries.length} metrics: at most ${MAX_METRICS} are recorded`
    }
  for (const [name, value] of entries) {
    // A validation can read what its parent process holds: a secret of the run is never recorded as a name.
    if (holdsSecret(name))
      return { error: 'MODEL_METRICS_FILE: a metric name holds a secret of this run; it is never recorded' }
    if (!METRIC_NAME_PATTERN.test(name))
      return { error: `MODEL_METRICS_FILE: ${quoted(name)} is not a metric name (${METRIC_NAME_RULE})` }
    if (typeof value !== 'number' || !Number.isFinite(value))
      return {
        error: `MODEL_METRICS_FILE: metric ${name} is ${quoted(JSON.stringify(value) ?? String(value))}, not a number`
      }
  }
  return { metrics: parsed as Record<string, number> }
}
