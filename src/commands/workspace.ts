import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Git } from '../adapters/git.js'
import { readManifestFile } from '../adapters/files.js'
import { InputError } from '../stages/errors.js'

export const DEFAULT_MANIFEST = 'model-stages.yaml'

export interface Workspace {
  /** The repository root (the folder itself outside git): validation commands run here. */
  root: string
  /** The manifest's real path (symlinks resolved): reads and writes go to the file itself. */
  manifestPath: string
  /** The manifest's path relative to the root, with forward slashes: used in messages, annotations and git. */
  manifestName: string
  git?: Git
}

/** The real path of `target`, or of its nearest existing folder joined with the rest when it does not exist yet. */
async function realPath(target: string): Promise<string> {
  try {
    return await fs.realpath(target)
  } catch {
    const parent = path.dirname(target)
    if (parent === target) return target
    return path.join(await realPath(parent), path.basename(target))
  }
}

/** The nearest folder at or above `folder` with a `.git` (a folder, or a file for worktrees and submodules). */
async function repositoryRoot(folder: string): Promise<string | undefined> {
  for (let current = folder; ; current = path.dirname(current)) {
    if (
      await fs.stat(path.join(current, '.git')).then(
        () => true,
        () => false
      )
    )
      return current
    if (current === path.dirname(current)) return undefined
  }
}

/**
 * The repository around `cwd` and the manifest in it (`manifest` read from `cwd`, or from the root with
 * `fromRoot`). The manifest's real path must be inside the repository:
 * `..` segments and symlinks that lead out of it are refused, in every command of both front doors.
 */
export async function openWorkspace(
  cwd: string,
  manifest = DEFAULT_MANIFEST,
  fromRoot = false
): Promise<Workspace> {
  const here = await realPath(cwd)
  const top = await repositoryRoot(here)
  const root = top ?? here
  const manifestPath = await realPath(path.resolve(fromRoot ? root : cwd, manifest))
  const relative = path.relative(root, manifestPath)
  if (
    relative === '' ||
    relative === '..' ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative)
  ) {
    throw new InputError(
      `the manifest must be a file inside the repository ${root}; ${JSON.stringify(manifest)} ` +
        `leads to ${manifestPath}`
    )
  }
  return {
    root,
    manifestPath,
    manifestName: relative.split(path.sep).join('/'),
    git: top ? new Git(root) : undefined
  }
}

export function readWorkspaceManifest(workspace: Workspace): Promise<string> {
  return readManifestFile(workspace.manifestPath, workspace.manifestName)
}
