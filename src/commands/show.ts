import type { Manifest, Stage } from '../manifest/schema.js'
import { InputError } from '../stages/errors.js'
import { assertVersionString } from '../manifest/names.js'
import { frozenStagesOf, instantText } from '../stages/freezes.js'
import { productionVersion } from '../stages/queries.js'

export interface VersionReport {
  version: string
  stage: Stage
  uri: string | null
  description: string | null
  /** Why the version is blocked, when it is. */
  blocked: string | null
  metrics: Record<string, number>
  metadata: Record<string, unknown>
}

export interface ModelReport {
  model: string
  production: { version: string; uri: string | null } | null
  versions: VersionReport[]
  /** The stages a freeze window holds now, and until when. */
  frozen: Array<{ stage: Stage; reason: string; until: string }>
  /** The named version, when one was asked for. */
  version?: VersionReport
}

/** Everything the manifest says of a model (an unknown model is an error that lists the known ones). */
export function describeModel(
  data: Manifest,
  model: string,
  version?: string,
  now = new Date()
): ModelReport {
  const current = productionVersion(data, model)
  const entries = data.models[model]?.versions ?? new Map()
  const versions = [...entries].map(([name, entry]) => ({
    version: name,
    stage: entry.stage,
    uri: entry.uri ?? null,
    description: entry.description ?? null,
    blocked: entry.blocked ?? null,
    metrics: entry.metrics ?? {},
    metadata: entry.metadata ?? {}
  }))
  const report: ModelReport = {
    model,
    production: current === undefined ? null : { version: current, uri: entries.get(current)?.uri ?? null },
    versions,
    frozen: frozenStagesOf(data, model, now).map(({ stage, reason, until }) => ({
      stage,
      reason,
      until: instantText(until)
    }))
  }
  if (version !== undefined) {
    assertVersionString(version)
    const found = versions.find(entry => entry.version === version)
    if (!found)
      throw new InputError(
        `unknown version ${version} of ${model}; it has: ${[...entries.keys()].join(', ') || 'no versions'}`
      )
    report.version = found
  }
  return report
}

/** For a deploy job: the live version (in the last stage), or a clear error when there is none. */
export function requireProduction(
  report: ModelReport,
  live = 'production'
): { version: string; uri: string | null } {
  if (!report.production) {
    throw new InputError(
      `${report.model} has nothing in ${live} (its versions: ${report.versions.map(v => `${v.version} ${v.stage}`).join(', ') || 'none'})`
    )
  }
  return report.production
}
