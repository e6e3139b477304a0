import { diffStages, type StageChange, type StageMap } from '../stages/states.js'
import { ManifestError, type Problem } from './problems.js'
import { readPlainData } from './profile.js'
import { readStageMap } from './read.js'
import {
  blockEnd,
  blockStart,
  lineEnd,
  lineStart,
  modelsLayout,
  versionEntries,
  versionsLayout,
  type ModelsLayout
} from './blocks.js'

/** A revision read: the stage changes it made, or the problems that keep it from being read. */
export type RevisionReading = { changes: StageChange[] } | { problems: Problem[] }

function commonPrefix(a: Buffer, b: Buffer): number {
  const limit = Math.min(a.length, b.length)
  let low = 0
  let high = limit
  // Binary search on equal prefixes: memcmp-speed comparisons, about twice the length in all.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (a.subarray(low, middle).equals(b.subarray(low, middle))) low = middle
    else high = middle - 1
  }
  return low
}

function commonSuffix(a: Buffer, b: Buffer, limit: number): number {
  let low = 0
  let high = limit
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (a.subarray(a.length - middle, a.length - low).equals(b.subarray(b.length - middle, b.length - low)))
      low = middle
    else high = middle - 1
  }
  return low
}

/** The key lines at `indent`, as written: what names the models (or versions) of a block. */
function keyLines(block: string, indent: number): string {
  const pattern = new RegExp(`^ {${indent}}([^\\s#][^\\n]*)$`, 'gm')
  return [...block.matchAll(pattern)].map(match => match[1]).join('\n')
}

/**
 * Follows a manifest through its revisions and says what changed in each, reading only the version entries (or,
 * failing that, the model blocks) a change touches; anything it cannot place that way is read whole, with the
 * same reader, so the result is the same as reading every revision whole.
 */
export class StageTracker {
  private text: Buffer | undefined
  private stages: StageMap = new Map()
  private layout: ModelsLayout | undefined
  /** The last revision could not be read: the next one is read whole. */
  private stale = true
  /** How many revisions were read whole (the first, and those a change could not be placed in). */
  wholeReads = 0
  /** How many revisions were read from the version entries around their change alone. */
  entryReads = 0

  /**
   * The stage changes from the last readable revision to this one (`name` says which, in problems). A revision
   * that breaks the manifest's profile is not read another way: its problems are returned and the state stays.
   */
  next(content: Buffer | undefined, name: string): RevisionReading {
    const text = content ?? Buffer.alloc(0)
    const changes =
      this.stale || !this.text || !this.layout ? undefined : this.nearby(this.text, text, this.layout)
    const result = changes ? { changes } : this.whole(text, name)
    this.text = text
    return result
  }

  /** The state after the last readable revision. */
  get current(): StageMap {
    return this.stages
  }

  private whole(text: Buffer, name: string): RevisionReading {
    this.wholeReads++
    let stages: StageMap
    try {
      stages = readStageMap(text.toString('utf8'), name)
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error
      this.layout = undefined
      this.stale = true
      return { problems: error.problems }
    }
    this.layout = modelsLayout(text)
    this.stale = false
    const changes = diffStages(this.stages, stages)
    this.stages = stages
    return { changes }
  }

  /** The changes read from the model blocks around the bytes that differ; undefined: read the file whole. */
  private nearby(before: Buffer, after: Buffer, layout: ModelsLayout): StageChange[] | undefined {
    const prefix = commonPrefix(before, after)
    if (prefix === before.length && prefix === after.length) return []
    const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix)
    const start = lineStart(after, prefix)
    const endAfter = lineEnd(after, Math.max(start, after.length - suffix))
    const shift = after.length - before.length
    const endBefore = endAfter - shift
    if (endBefore <= layout.lineStart) {
      // Above the models map: no stage moves (unless the file no longer reads), and the map moves along.
      if (!readPlainData(after.toString('utf8', 0, layout.lineStart + shift)).data) return undefined
      this.layout = {
        ...layout,
        lineStart: layout.lineStart + shift,
        bodyStart: layout.bodyStart + shift,
        bodyEnd: layout.bodyEnd + shift
      }
      return []
    }
    if (start < layout.bodyStart) return undefined
    const first = blockStart(after, start, layout)
    if (first === undefined) return undefined
    const blockEndAfter = blockEnd(after, endAfter, layout)
    const blockEndBefore = blockEndAfter - shift
    const oldBlock = before.toString('utf8', first, blockEndBefore)
    const newBlock = after.toString('utf8', first, blockEndAfter)
    // The same model keys on both sides (else the file is read whole); only the new block needs reading.
    const keys = keyLines(oldBlock, layout.modelIndent)
    if (keys !== keyLines(newBlock, layout.modelIndent)) return undefined
    const model = { start: first, end: blockEnd(after, lineEnd(after, first), layout) }
    const inVersions = this.versionsNearby(before, after, model, start, endAfter)
    if (inVersions) return inVersions
    let newModels: StageMap
    try {
      newModels = readStageMap(`models:\n${newBlock}`, '')
    } catch {
      // Read whole, so that the problem is placed in the file.
      return undefined
    }
    if (newModels.size !== keys.split('\n').filter(Boolean).length) return undefined
    const changes: StageChange[] = []
    for (const [model, versions] of newModels) {
      const previous = this.stages.get(model)
      if (!previous) return undefined
      changes.push(...diffStages(new Map([[model, previous]]), new Map([[model, versions]])))
    }
    for (const [model, versions] of newModels) this.stages.set(model, versions)
    return changes
  }

  /**
   * When the bytes that differ lie in the block-style versions map of the model whose block is `model` (from its key
   * line to the next model's) and the entries around them name the same versions on both sides: the changes read
   * from those entries alone, under the model's key and `versions:` lines as written. Undefined: read the block.
   */
  private versionsNearby(
    before: Buffer,
    after: Buffer,
    model: { start: number; end: number },
    start: number,
    end: number
  ): StageChange[] | undefined {
    const versions = versionsLayout(after, model)
    const entries = versions && versionEntries(after, versions, start, end)
    if (!versions || !entries) return undefined
    const shift = after.length - before.length
    const newEntries = after.toString('utf8', entries.start, entries.end)
    const keys = keyLines(newEntries, versions.versionIndent)
    if (
      keys !== keyLines(before.toString('utf8', entries.start, entries.end - shift), versions.versionIndent)
    )
      return undefined
    let read: StageMap
    try {
      read = readStageMap(
        'models:\n' +
          after.toString('utf8', model.start, lineEnd(after, model.start)) +
          after.toString('utf8', versions.lineStart, versions.bodyStart) +
          newEntries,
        ''
      )
    } catch {
      return undefined
    }
    const [name, stages] = [...read][0] ?? []
    const previous = name === undefined ? undefined : this.stages.get(name)
    // Every version named there, and only those, read with a stage the last revision also gave them.
    if (read.size !== 1 || !name || !stages || !previous) return undefined
    if (stages.size !== keys.split('\n').filter(Boolean).length) return undefined
    for (const version of stages.keys()) if (!previous.has(version)) return undefined
    const next = new Map(previous)
    for (const [version, stage] of stages) next.set(version, stage)
    this.stages.set(name, next)
    this.entryReads++
    return diffStages(new Map([[name, previous]]), new Map([[name, next]]))
  }
}
