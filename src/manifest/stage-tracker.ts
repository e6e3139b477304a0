import { diffStages, type StageChange, type StageMap } from '../stages/states.js'
import { ManifestError, type Problem } from './problems.js'
import { readPlainData } from './profile.js'
import { readStageMap } from './read.js'
import { blockEnd, blockStart, lineEnd, lineStart, modelsLayout, type ModelsLayout } from './blocks.js'

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

/** The key lines at the models' indentation, as written: what names the models of a block. */
function modelKeys(block: string, indent: number): string {
  const pattern = new RegExp(`^ {${indent}}([^\\s#][^\\n]*)$`, 'gm')
  return [...block.matchAll(pattern)].map(match => match[1]).join('\n')
}

/**
 * Follows a manifest through its revisions and says what changed in each, reading only the model blocks a
 * change touches; anything it cannot place that way is read whole, with the same reader, so the result is the
 * same as reading every revision whole.
 */
export class StageTracker {
  private text: Buffer | undefined
  private stages: StageMap = new Map()
  private layout: ModelsLayout | undefined
  /** The last revision could not be read: the next one is read whole. */
  private stale = true
  /** How many revisions were read whole (the first, and those a change could not be placed in). */
  wholeReads = 0

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
    const keys = modelKeys(oldBlock, layout.modelIndent)
    if (keys !== modelKeys(newBlock, layout.modelIndent)) return undefined
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
}
