import { InputError } from '../stages/errors.js'
import type { Workspace } from './workspace.js'

export interface ManifestAt {
  text: string
  commit: string
  /** How messages name this copy of the manifest: `model-stages.yaml@1a2b3c4`. */
  name: string
}

const DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:]+(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * The manifest as it was at a commit (any revision git knows) or a date (`2026-03-01`: as of the end of that day;
 * a time may follow), for "what was in production then?".
 */
export async function manifestAt(workspace: Workspace, at: string): Promise<ManifestAt> {
  const git = workspace.git
  if (!git) throw new InputError(`--at needs a git repository: ${workspace.root} is not one`)
  const isDate = DATE.test(at)
  const when = isDate && at.length === 10 ? `${at} 23:59:59` : at
  let commit = isDate ? await git.lastCommitBefore(when) : await git.resolve(at)
  if (!commit && !isDate) {
    // Not a revision: a date as git reads them ("yesterday", "3 days ago", "last friday").
    if (!(await git.understandsDate(at)))
      throw new InputError(
        `--at ${JSON.stringify(at)} is neither a revision nor a date git understands (2026-03-01, yesterday, "3 days ago")`
      )
    commit = await git.lastCommitBefore(at)
  }
  if (!commit) throw new InputError(`no commit at or before ${at}`)
  const text = await git.show(commit, workspace.manifestName)
  if (text === undefined)
    throw new InputError(`${workspace.manifestName} did not exist at ${commit.slice(0, 7)}`)
  return { text, commit, name: `${workspace.manifestName}@${commit.slice(0, 7)}` }
}
