import type { Stage } from '../manifest/schema.js'
import type { StageOrAbsent } from './rules.js'

/** model → version → stage, in the order written. */
export type StageMap = Map<string, Map<string, Stage>>

export interface StageChange {
  model: string
  version: string
  from: StageOrAbsent
  to: StageOrAbsent
}

/** Every version whose stage differs between two states, models and versions in the order written. */
export function diffStages(before: StageMap, after: StageMap): StageChange[] {
  const changes: StageChange[] = []
  const models = new Set([...before.keys(), ...after.keys()])
  for (const model of models) {
    const old = before.get(model) ?? new Map<string, Stage>()
    const current = after.get(model) ?? new Map<string, Stage>()
    const versions = new Set([...old.keys(), ...current.keys()])
    for (const version of versions) {
      const from = old.get(version) ?? null
      const to = current.get(version) ?? null
      if (from !== to) changes.push({ model, version, from, to })
    }
  }
  return changes
}
