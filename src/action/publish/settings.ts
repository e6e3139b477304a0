import type { Identity } from '../../adapters/git.js'
import type { Workspace } from '../../commands/workspace.js'
import type { Connection } from '../connection.js'
import type { ActionInputs } from '../inputs.js'
import type { PublishSettings } from './publish-move.js'
import { requireRepository, resolveBase, type RunContext } from '../run-context.js'

const BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}

export function actorIdentity(context: RunContext): Identity {
  if (!context.actor) return BOT
  const id = context.actorId ? `${context.actorId}+` : ''
  return { name: context.actor, email: `${id}${context.actor}@users.noreply.github.com` }
}

export async function publishSettings(
  inputs: ActionInputs,
  context: RunContext,
  workspace: Workspace,
  connection: Connection
): Promise<PublishSettings> {
  const needsRemote = inputs.mode !== 'dry-run'
  if (needsRemote) requireRepository(context)
  const connect = () => connection.api()
  return {
    mode: inputs.mode,
    base: needsRemote ? resolveBase(inputs.base, context) : (inputs.base ?? ''),
    gitConfigs: workspace.git && needsRemote ? await connection.gitConfigs() : [],
    author: actorIdentity(context),
    committer: BOT,
    requestedBy: context.actor ? `@${context.actor}` : undefined,
    runUrl: context.runUrl,
    api: inputs.mode === 'pull-request' ? await connect() : undefined,
    connect,
    force: 'force' in inputs.request ? inputs.request.force : undefined
  }
}
