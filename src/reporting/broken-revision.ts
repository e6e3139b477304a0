import type { BrokenRevision } from '../adapters/manifest-history.js'

/** What is said of a revision in the history that breaks the manifest's rules (its problems follow). */
export function brokenRevisionText(manifestName: string, broken: BrokenRevision): string {
  return `${manifestName} at ${broken.commit?.slice(0, 7) ?? 'the work tree'} breaks the manifest's rules, and its moves are not counted`
}
