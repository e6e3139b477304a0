import path from 'node:path'
import { Git } from '../adapters/git.js'
import { readManifestFile } from '../adapters/files.js'

export const DEFAULT_MANIFEST = 'model-stages.yaml'

export interface Workspace {
  /** The repository root (the folder itself outside git): validation commands run here. */
  root: string
  manifestPath: string
  /** The manifest's path relative to the root, with forward slashes: used in messages, annotations and git. */
  manifestName: string
  git?: Git
}

export async function openWorkspace(cwd: string, manifest = DEFAULT_MANIFEST): Promise<Workspace> {
  const probe = new Git(cwd)
  const top = await probe.topLevel()
  const root = top ?? cwd
  const manifestPath = path.resolve(cwd, manifest)
  const relative = path.relative(root, manifestPath)
  const outside = relative.startsWith('..') || path.isAbsolute(relative)
  const manifestName = (outside ? manifest : relative).split(path.sep).join('/')
  return { root, manifestPath, manifestName, git: top ? new Git(top) : undefined }
}

export function readWorkspaceManifest(workspace: Workspace): Promise<string> {
  return readManifestFile(workspace.manifestPath, workspace.manifestName)
}
