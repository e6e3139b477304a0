import * as z from 'zod/mini'
import {
  MAX_METRICS,
  METRIC_NAME_PATTERN,
  MODEL_NAME_PATTERN,
  VERSION_PATTERN
} from '../../manifest/names.js'
import { MAX_SHARDS } from '../../manifest/schema.js'
import { readPlainData } from '../../manifest/profile.js'

/** What a result file says it is: a reader refuses anything else. */
export const RESULT_KIND = 'model-stages/validation-result'
/** A result file is small: a tail of at most a few thousand characters and at most MAX_METRICS numbers. */
export const RESULT_FILE_LIMIT = 256 * 1024

const name = (pattern: RegExp) => z.string().check(z.regex(pattern))
const count = z.int().check(z.minimum(1), z.maximum(MAX_SHARDS))

export const ResultFileSchema = z
  .strictObject({
    kind: z.literal(RESULT_KIND),
    format: z.literal(1),
    model: name(MODEL_NAME_PATTERN),
    version: name(VERSION_PATTERN),
    from: z.string(),
    to: z.string(),
    shard: z.strictObject({ index: count, count }),
    manifest: z.strictObject({
      path: z.string(),
      blob: z.string().check(z.regex(/^[0-9a-f]{40}$/)),
      model: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/))
    }),
    validation: z.strictObject({
      status: z.enum(['passed', 'failed', 'timed-out']),
      command: z.string(),
      exitCode: z.nullable(z.int()),
      signal: z.nullable(z.string()),
      durationMs: z.number().check(z.nonnegative()),
      tail: z.string().check(z.maxLength(8192))
    }),
    metrics: z.nullable(
      z
        .record(name(METRIC_NAME_PATTERN), z.number())
        .check(z.refine(metrics => Object.keys(metrics).length <= MAX_METRICS))
    ),
    /** The artifact's digest where it was validated, taken when the manifest records one. */
    digest: z.nullable(z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/))),
    /** Why the metrics the validation wrote could not be used. */
    problem: z.nullable(z.string()),
    /** The workflow run and job it came from, when it ran in one. */
    run: z.strictObject({
      repository: z.optional(z.string()),
      id: z.optional(z.string()),
      attempt: z.optional(z.string()),
      job: z.optional(z.string()),
      url: z.optional(z.string())
    })
  })
  .check(z.refine(result => result.shard.index <= result.shard.count, { path: ['shard', 'index'] }))

export type ResultFile = z.infer<typeof ResultFileSchema>

/** A result file's text, or why it cannot be taken: the path is the caller's to name. */
export function parseResultFile(text: string): { result: ResultFile } | { problem: string } {
  if (text.length > RESULT_FILE_LIMIT)
    return {
      problem: `it holds ${text.length} characters, over the ${RESULT_FILE_LIMIT} a result file needs`
    }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { problem: `it is not JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  // JSON.parse keeps the last of a repeated key: the plain-data reader refuses it, as everywhere else.
  const repeated = readPlainData(text).problems.find(problem => problem.message.startsWith('duplicate key'))
  if (repeated) return { problem: repeated.message }
  const checked = ResultFileSchema.safeParse(parsed)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const where = issue?.path.length ? issue.path.join('.') : 'the file'
    const kind =
      typeof parsed === 'object' && parsed !== null && 'kind' in parsed
        ? (parsed as { kind: unknown }).kind
        : undefined
    if (kind !== RESULT_KIND)
      return { problem: `it is not a model-stages validation result (kind ${RESULT_KIND})` }
    return { problem: `${where}: ${issue?.message ?? 'not as a result file has it'}` }
  }
  return { result: checked.data }
}

export function resultFileText(result: ResultFile): string {
  return `${JSON.stringify(result, null, 2)}\n`
}
