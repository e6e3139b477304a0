import { writeFileAtomic } from '../../adapters/files.js'
import { GitError } from '../../adapters/git.js'
import { prepareMove, type MoveOutcome } from '../../commands/prepare-move.js'
import type { ValidationOptions } from '../../commands/validate.js'
import { isEnter, moveArgs } from '../../commands/moves.js'
import type { MoveRequest, ValidationRequest } from '../../commands/request.js'
import { readWorkspaceManifest, type Workspace } from '../../commands/workspace.js'
import {
  archivedBy,
  commitMessage,
  planTitle,
  transitionText,
  outcomeSentence,
  validationSentence
} from '../../reporting/describe.js'
import { gatesText } from '../../reporting/gates.js'
import { overrideLines } from '../../reporting/override.js'
import { validationResult } from '../../stages/admission.js'
import { InputError } from '../../stages/errors.js'
import { UsageError } from '../arguments.js'
import { EXIT_OK, EXIT_REFUSED, print } from '../output.js'
import { CLI_NAMES, type CliContext } from './context.js'

export interface WriteMode {
  dryRun: boolean
  commit: boolean
}

export function writeMode(context: CliContext): WriteMode {
  const dryRun = context.values['dry-run'] === true
  const commit = context.values.commit === true
  if (dryRun && commit) throw new UsageError('--dry-run and --commit exclude each other')
  return { dryRun, commit }
}

/** --commit is refused before anything runs when the manifest already has changes of its own. */
export async function assertCommittable(workspace: Workspace, mode: WriteMode): Promise<void> {
  if (!mode.commit) return
  if (!workspace.git) throw new InputError(`--commit needs a git repository: ${workspace.root} is not one`)
  if (await workspace.git.hasChanges(workspace.manifestName))
    throw new InputError(
      `${workspace.manifestName} has uncommitted changes: commit or stash them first, or leave out --commit`
    )
}

export function validationOptions(context: CliContext, request: ValidationRequest): ValidationOptions {
  return {
    validate: request.validate,
    timeoutSeconds: request.validationTimeout,
    onOutput: context.json ? undefined : chunk => context.io.err(chunk)
  }
}

/** Writes (and with --commit commits) a passed move; returns the commit, if one was made. */
export async function writeOutcome(
  workspace: Workspace,
  outcome: MoveOutcome,
  mode: WriteMode
): Promise<string | undefined> {
  if (!outcome.changed || mode.dryRun || outcome.verdict === 'failed') return undefined
  await writeFileAtomic(workspace.manifestPath, outcome.newText)
  if (!mode.commit) return undefined
  return commitOrRestore(workspace, outcome.manifest.text, commitMessage(outcome.plan, outcome.admission))
}

/** Commits the manifest as written; when git cannot, `original` is written back and the message says what to fix. */
export async function commitOrRestore(
  workspace: Workspace,
  original: string,
  message: string
): Promise<string | undefined> {
  if (!workspace.git) return undefined
  try {
    return await workspace.git.commitPaths([workspace.manifestName], message)
  } catch (error) {
    // Nothing is left half done: the file goes back as it was, so that the same command works once git can commit.
    await writeFileAtomic(workspace.manifestPath, original)
    const said = error instanceof GitError ? error.stderr.trim() : String(error)
    const fix = /user\.email|user\.name|who you are|ident/i.test(said)
      ? 'Tell git who you are (git config user.name "…" and git config user.email "…"), then run the command again'
      : 'Fix what git says, then run the command again (or leave out --commit to only write the file)'
    throw new InputError(
      `git could not commit ${workspace.manifestName}, so it was put back as it was. git said: ${said}\n${fix}`
    )
  }
}

export function moveJson(outcome: MoveOutcome, mode: WriteMode, diff: string, commit?: string) {
  const { plan, admission } = outcome
  const validation = validationResult(admission)
  return {
    command: outcome.command,
    model: plan.model,
    version: plan.version,
    changed: outcome.changed && outcome.verdict !== 'failed',
    dryRun: mode.dryRun,
    commit: commit ?? null,
    note: plan.note ?? null,
    transitions: plan.transitions.map(({ version, from, to, cause }) => ({ version, from, to, cause })),
    archived: outcome.verdict === 'failed' ? [] : archivedBy(plan),
    validation: outcome.verdict,
    gates: admission?.gates ?? [],
    soak: admission?.soak ?? null,
    override: admission?.override ?? null,
    validationDetail: validation
      ? {
          command: validation.command,
          status: validation.status,
          exitCode: validation.exitCode,
          tail: validation.tail
        }
      : null,
    diff
  }
}

export function moveText(
  outcome: MoveOutcome,
  mode: WriteMode,
  diff: string,
  file: string,
  commit?: string
): string {
  const { plan } = outcome
  if (plan.transitions.length === 0 && plan.changes.length === 0) return `Nothing to do: ${plan.note}\n`
  const lines = [planTitle(plan), ...plan.transitions.map(t => `  ${transitionText(t)}`)]
  if (outcome.verdict === 'failed') return lines.join('\n') + `\nNot written: validation did not pass.\n`
  lines.push(
    validationSentence(validationResult(outcome.admission)),
    ...gatesText(outcome.admission?.gates ?? []).map(line => `  gate ${line}`),
    ...overrideLines(outcome.admission?.override)
  )
  if (mode.dryRun) lines.push('', diff, `Dry run: ${file} not written.`)
  else if (commit) lines.push(`Wrote ${file} and committed it as ${commit.slice(0, 7)}.`)
  else lines.push(`Wrote ${file}.`)
  return lines.join('\n') + '\n'
}

/** register, promote, archive, restore, rollback on the local manifest. */
export async function runMoveCommand(context: CliContext<MoveRequest>): Promise<number> {
  const { workspace, request } = context
  const mode = writeMode(context)
  await assertCommittable(workspace, mode)
  const text = await readWorkspaceManifest(workspace)
  const outcome = await prepareMove({
    workspace,
    text,
    command: request.command,
    args: { ...moveArgs(request), toName: CLI_NAMES.to },
    validation: validationOptions(context, isEnter(request) ? request : {}),
    uncommitted: true,
    force: isEnter(request) ? request.force : undefined
  })
  const commit = await writeOutcome(workspace, outcome, mode)
  // A diff is built (and the diff package loaded) only when it is printed.
  const diff =
    context.json || mode.dryRun
      ? (await import('../../reporting/diff.js')).unifiedDiff(workspace.manifestName, text, outcome.newText)
      : ''
  const failure =
    outcome.verdict === 'failed'
      ? {
          error: {
            exitCode: EXIT_REFUSED,
            message: outcomeSentence(outcome.admission),
            problems: []
          }
        }
      : {}
  print(context.io, context.json, { ...moveJson(outcome, mode, diff, commit), ...failure }, () =>
    moveText(outcome, mode, diff, workspace.manifestName, commit)
  )
  if (outcome.verdict === 'failed') {
    // The output itself was streamed as it came; only the verdict is repeated.
    if (!context.json) {
      context.io.err(`${outcomeSentence(outcome.admission)}\n`)
      for (const line of gatesText(outcome.admission?.gates ?? [])) context.io.err(`  gate ${line}\n`)
    }
    return EXIT_REFUSED
  }
  return EXIT_OK
}
