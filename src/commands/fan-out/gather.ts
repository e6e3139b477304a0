import { lstat, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ValidationResult } from '../../adapters/validation.js'
import type { Manifest } from '../../manifest/schema.js'
import { combineRules, combineShards } from '../../stages/combine.js'
import { gatesFor } from '../../stages/gates.js'
import { InputError } from '../../stages/errors.js'
import type { Candidate } from '../evaluate.js'
import type { Measurement } from '../validate.js'
import { modelFingerprint } from './fingerprint.js'
import { parseResultFile, RESULT_FILE_LIMIT, type ResultFile } from './result-file.js'

/** A candidate whose results are all there and belong to the manifest as it is: its shards made one measurement. */
export interface GatheredCandidate {
  model: string
  version: string
  to: string
  measurement: Measurement
  files: string[]
}

/** Results that cannot be taken, and why; the candidate they name (if any) stays where it is. */
export interface RefusedResults {
  model?: string
  version?: string
  files: string[]
  reason: string
}

export interface Gathered {
  candidates: GatheredCandidate[]
  refused: RefusedResults[]
}

/** Every `.json` file below `dir`, as actions/download-artifact lays them out (a folder per artifact). */
async function resultFiles(dir: string, display: (file: string) => string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
      throw new InputError(
        `${display(dir)} is not a folder: give the folder the result files were downloaded to (actions/download-artifact's path)`
      )
    throw error
  })
  return entries
    .filter(entry => entry.endsWith('.json'))
    .map(entry => path.join(dir, entry))
    .sort()
}

async function readResult(file: string): Promise<{ result: ResultFile } | { problem: string }> {
  const stat = await lstat(file)
  if (!stat.isFile()) return { problem: 'it is not a regular file' }
  if (stat.size > RESULT_FILE_LIMIT)
    return { problem: `it holds ${stat.size} bytes, over the ${RESULT_FILE_LIMIT} a result file needs` }
  return parseResultFile(await readFile(file, 'utf8'))
}

/** The shards' validations as one: passed when every shard passed, else the first that did not, with every tail. */
function combinedValidation(results: readonly ResultFile[]): ValidationResult {
  const failing = results.find(result => result.validation.status !== 'passed')
  const first = failing ?? results[0]
  const sharded = results.length > 1
  const tail = results
    .filter(result => !failing || result.validation.status !== 'passed')
    .map(result =>
      sharded
        ? `[shard ${result.shard.index}/${result.shard.count}]\n${result.validation.tail}`
        : result.validation.tail
    )
    .join('\n')
  return {
    ...(first as ResultFile).validation,
    durationMs: Math.max(...results.map(result => result.validation.durationMs)),
    tail
  }
}

/** The gathered candidates as evaluate takes them: each version from the stage it is in now. */
export function gatheredCandidates(data: Manifest, gathered: Gathered): Candidate[] {
  return gathered.candidates.map(candidate => ({
    model: candidate.model,
    version: candidate.version,
    from: data.models[candidate.model]?.versions.get(candidate.version)?.stage ?? '',
    to: candidate.to
  }))
}

/**
 * Reads the result files below `dir` and makes one measurement per candidate. Refused, each naming its files: a file
 * that is not a result, a model or version the manifest does not have, a result planned on another revision of the
 * model's entry, a missing or repeated shard, several candidates of one model, shards whose metrics cannot be
 * combined as the gates declare.
 */
export async function gatherResults(
  dir: string,
  data: Manifest,
  display = (file: string) => file
): Promise<Gathered> {
  const refused: RefusedResults[] = []
  const groups = new Map<string, Array<{ file: string; result: ResultFile }>>()
  for (const file of await resultFiles(dir, display)) {
    const read = await readResult(file)
    if ('problem' in read) {
      refused.push({ files: [display(file)], reason: `not a validation result: ${read.problem}` })
      continue
    }
    const key = read.result.model
    groups.set(key, [...(groups.get(key) ?? []), { file: display(file), result: read.result }])
  }
  const candidates: GatheredCandidate[] = []
  for (const [model, group] of groups) {
    const files = group.map(item => item.file)
    const first = group[0]?.result as ResultFile
    const refuse = (reason: string) => refused.push({ model, version: first.version, files, reason })
    const entry = data.models[model]
    if (!entry) {
      refuse(`the manifest has no model ${model}`)
      continue
    }
    const candidatesOfModel = new Set(group.map(item => `${item.result.version} → ${item.result.to}`))
    if (candidatesOfModel.size > 1) {
      refuse(
        `results for more than one candidate of ${model} (${[...candidatesOfModel].join(', ')}): plan again`
      )
      continue
    }
    if (!entry.versions.has(first.version)) {
      refuse(`${model} has no version ${first.version}`)
      continue
    }
    const fingerprint = modelFingerprint(data, model)
    const stale = group.filter(item => item.result.manifest.model !== fingerprint)
    if (stale.length > 0) {
      refuse(
        `${stale.map(item => item.file).join(', ')} validated ${model} as another revision of the manifest had it ` +
          `(its entry, stages or defaults changed since the plan): plan and validate again`
      )
      continue
    }
    const declared = entry.shards ?? 1
    const problem = shardProblem(group, declared)
    if (problem) {
      refuse(problem)
      continue
    }
    const results = group.map(item => item.result).sort((a, b) => a.shard.index - b.shard.index)
    const validation = combinedValidation(results)
    const unusable = results.find(result => result.problem !== null)
    const digests = new Set(results.map(result => result.digest))
    if (digests.size > 1) {
      refuse(`the shards of ${model} hashed different artifacts (${[...digests].join(', ')})`)
      continue
    }
    const digest = results[0]?.digest ?? undefined
    let measurement: Measurement = { validation, ...(digest ? { digest } : {}) }
    if (unusable) measurement = { ...measurement, error: unusable.problem as string }
    else if (validation.status === 'passed') {
      const combined = combineShards(
        results.map(result => ({ shard: result.shard.index, metrics: result.metrics ?? {} })),
        combineRules(gatesFor(data, model, first.to))
      )
      if ('problem' in combined) {
        refuse(combined.problem)
        continue
      }
      if (Object.keys(combined.metrics).length > 0)
        measurement = { ...measurement, metrics: combined.metrics }
    }
    candidates.push({ model, version: first.version, to: first.to, measurement, files })
  }
  return { candidates, refused }
}

/** Every shard of 1..declared exactly once, as the manifest declares now. */
function shardProblem(
  group: ReadonlyArray<{ file: string; result: ResultFile }>,
  declared: number
): string | undefined {
  const model = group[0]?.result.model
  const counts = new Set(group.map(item => item.result.shard.count))
  if (counts.size > 1 || !counts.has(declared))
    return `${model} declares ${declared === 1 ? 'no shards' : `shards: ${declared}`}, and the results are shards of ${[...counts].join(', ')}`
  const byIndex = new Map<number, string[]>()
  for (const item of group)
    byIndex.set(item.result.shard.index, [...(byIndex.get(item.result.shard.index) ?? []), item.file])
  const repeated = [...byIndex].find(([, files]) => files.length > 1)
  if (repeated)
    return `shard ${repeated[0]}/${declared} of ${model} comes twice: ${repeated[1].join(' and ')}`
  const missing = Array.from({ length: declared }, (_, index) => index + 1).filter(
    index => !byIndex.has(index)
  )
  if (missing.length > 0)
    return `${model} is missing shard${missing.length > 1 ? 's' : ''} ${missing.map(index => `${index}/${declared}`).join(', ')}: a shard that did not report fails the candidate`
  return undefined
}
