import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { digestFromOutput, pathDigest, urlDigest, type Digest } from '../adapters/digest.js'
import { runValidation } from '../adapters/validation.js'
import type { Manifest } from '../manifest/schema.js'
import { InputError, RefusedError } from '../stages/errors.js'
import { validationEnvironment, type VersionUnderValidation } from './validate.js'
import type { Workspace } from './workspace.js'

/** How a digest was taken: read here (a path, an http(s) URL), or printed by the manifest's digest command. */
export type DigestSource = 'path' | 'url' | 'command'

/** The local path a uri names: a path (relative to the repository root) or a file: URL; undefined for any other scheme. */
function localPath(workspace: Workspace, uri: string): string | undefined {
  if (uri.startsWith('file:')) return fileURLToPath(uri)
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) return undefined
  return path.resolve(workspace.root, uri)
}

function digestCommandOf(data: Manifest, model: string): string | undefined {
  const command = data.models[model]?.digest ?? data.defaults?.digest
  return command?.trim() ? command : undefined
}

/** Whether model-stages can take the digest of `uri` at all: a local path that exists, http(s), or a digest command. */
export function canDigest(workspace: Workspace, data: Manifest, model: string, uri: string): boolean {
  const local = localPath(workspace, uri)
  if (local !== undefined) return existsSync(local)
  return /^https?:\/\//i.test(uri) || digestCommandOf(data, model) !== undefined
}

/**
 * The digest of a version's artifact, taken now: a local file or directory is hashed here, an http(s) URL is
 * fetched and hashed as it streams, anything else (s3://, gs://, hf://) by the manifest's digest command, run like
 * the validation (same environment, no secrets), whose last line of output is the digest.
 */
export async function takeDigest(
  workspace: Workspace,
  data: Manifest,
  subject: VersionUnderValidation,
  timeoutSeconds?: number
): Promise<{ digest: Digest; source: DigestSource }> {
  const uri = subject.uri
  if (!uri)
    throw new InputError(
      `${subject.model} ${subject.version} has no uri: there is nothing to take a digest of`
    )
  const local = localPath(workspace, uri)
  if (local !== undefined) return { digest: await pathDigest(local), source: 'path' }
  if (/^https?:\/\//i.test(uri)) return { digest: await urlDigest(uri), source: 'url' }
  const command = digestCommandOf(data, subject.model)
  if (!command)
    throw new InputError(
      `model-stages cannot read ${uri} itself: declare a digest command (models.${subject.model}.digest or ` +
        'defaults.digest) that prints its sha256, or give the digest (--digest, or the digest input)'
    )
  const run = await runValidation({
    command,
    cwd: workspace.root,
    env: validationEnvironment(workspace, subject),
    timeoutSeconds
  })
  const digest = run.status === 'passed' ? digestFromOutput(run.tail) : undefined
  if (!digest)
    throw new RefusedError(
      `the digest command of ${subject.model} ${run.status === 'passed' ? 'printed no sha256 on its last line' : `${run.status} (exit ${run.exitCode ?? run.signal})`}: ${run.tail.split('\n').slice(-3).join(' ').slice(0, 200)}`
    )
  return { digest, source: 'command' }
}
