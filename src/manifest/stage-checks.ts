import { ARCHIVED, STAGES } from './names.js'

/** A version whose stage breaks the pipeline: a stage it does not declare, or a second version in an exclusive one. */
export interface StageProblem {
  /** Down to the version's `stage` value. */
  path: Array<string | number>
  kind: 'undeclared' | 'exclusive'
  message: string
  /** undeclared: every stage name a version may take. */
  allowed: string[]
}

function isMapValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The declared stages as far as they can be read (a broken list is reported by the schema), else the default. */
function declaredStages(manifest: Record<string, unknown>): { names: string[]; exclusive: Set<string> } {
  const declared = Array.isArray(manifest.stages)
    ? manifest.stages.filter(
        (stage): stage is { name: string; exclusive?: unknown } =>
          isMapValue(stage) && typeof stage.name === 'string'
      )
    : []
  if (declared.length === 0) return { names: [...STAGES], exclusive: new Set(['production']) }
  return {
    names: [...declared.map(stage => stage.name), ARCHIVED],
    exclusive: new Set(declared.filter(stage => stage.exclusive === true).map(stage => stage.name))
  }
}

/** Every stage name a version may take in a manifest, read leniently from its plain value. */
export function declaredStageNames(manifest: unknown): string[] {
  return isMapValue(manifest) ? declaredStages(manifest).names : [...STAGES]
}

/**
 * The stage problems of a manifest, read leniently from its plain value so that they are reported alongside
 * every other problem: each version's stage must be declared (or archived), and an exclusive stage holds at most
 * one version of a model.
 */
export function stageProblems(manifest: unknown): StageProblem[] {
  if (!isMapValue(manifest) || !isMapValue(manifest.models)) return []
  const { names, exclusive } = declaredStages(manifest)
  const problems: StageProblem[] = []
  const allowed = new Set(names)
  for (const model in manifest.models) {
    const entry = manifest.models[model]
    const versions = isMapValue(entry) ? entry.versions : undefined
    if (!isMapValue(versions)) continue
    // Only the exclusive stages are counted, and a path is made only for a problem: a valid manifest allocates nothing.
    let occupants: Map<string, string[]> | undefined
    for (const version in versions) {
      const details = versions[version]
      const stage = isMapValue(details) ? details.stage : undefined
      if (typeof stage !== 'string') continue
      if (!allowed.has(stage)) {
        problems.push({
          path: ['models', model, 'versions', version, 'stage'],
          kind: 'undeclared',
          message: `stage must be one of: ${names.join(', ')}`,
          allowed: names
        })
        continue
      }
      if (!exclusive.has(stage)) continue
      occupants ??= new Map()
      const held = occupants.get(stage)
      if (held) held.push(version)
      else occupants.set(stage, [version])
    }
    for (const [stage, held] of occupants ?? []) {
      for (const version of held.slice(1))
        problems.push({
          path: ['models', model, 'versions', version, 'stage'],
          kind: 'exclusive',
          message: `model ${model} has ${held.length} versions in ${stage} (${held.join(', ')}): at most one version of a model may be in ${stage}`,
          allowed: names
        })
    }
  }
  problems.push(...freezeProblems(manifest, names))
  return problems
}

/** A freeze names stages the manifest declares (archived cannot be frozen) and models it has. */
function freezeProblems(manifest: Record<string, unknown>, names: string[]): StageProblem[] {
  if (!Array.isArray(manifest.freezes)) return []
  const stages = names.filter(name => name !== ARCHIVED)
  const models = Object.keys(manifest.models as Record<string, unknown>)
  return manifest.freezes.flatMap((freeze: unknown, index) => {
    if (!isMapValue(freeze)) return []
    const named = (key: 'stages' | 'models', allowed: string[], what: string): StageProblem[] =>
      Array.isArray(freeze[key])
        ? freeze[key].flatMap((name: unknown, at) =>
            typeof name === 'string' && !allowed.includes(name)
              ? [
                  {
                    path: ['freezes', index, key, at],
                    kind: 'undeclared' as const,
                    message: `${what} must be one of: ${allowed.join(', ')}`,
                    allowed
                  }
                ]
              : []
          )
        : []
    return [...named('stages', stages, 'a frozen stage'), ...named('models', models, 'a frozen model')]
  })
}
