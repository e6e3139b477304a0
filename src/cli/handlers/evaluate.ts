import { evaluate, type EvaluatedCandidate } from '../../commands/evaluate.js'
import { prepareMove } from '../../commands/prepare-move.js'
import type { EvaluateRequest } from '../../commands/request.js'
import { readWorkspaceManifest } from '../../commands/workspace.js'
import { readManifest } from '../../manifest/read.js'
import { outcomeSentence, planTitle, validationSentence } from '../../reporting/describe.js'
import { unifiedDiff } from '../../reporting/diff.js'
import { validationResult } from '../../stages/admission.js'
import { EXIT_OK, print } from '../output.js'
import type { CliContext } from './context.js'
import { assertCommittable, validationOptions, writeMode, writeOutcome } from './move.js'

/** A candidate as `--json` lists it. */
function listed(entry: EvaluatedCandidate<string | undefined>) {
  return {
    model: entry.model,
    version: entry.version,
    validation: entry.outcome?.verdict ?? 'skipped',
    exitCode: validationResult(entry.outcome?.admission)?.exitCode ?? null,
    commit: entry.applied ?? null,
    ...(entry.failedGates ? { failedGates: entry.failedGates } : {}),
    ...(entry.reason ? { reason: entry.reason } : {})
  }
}

function line(entry: EvaluatedCandidate<string | undefined>): string {
  const { outcome } = entry
  if (entry.status === 'held')
    return `${entry.model} ${entry.version} stays in ${entry.from}: ${entry.reason}`
  if (entry.status === 'rejected')
    return `${entry.model} ${entry.version} stays in ${entry.from}. ${outcomeSentence(outcome?.admission)}`
  if (!outcome) return `${entry.model} ${entry.version}`
  return `${planTitle(outcome.plan)}. ${validationSentence(validationResult(outcome.admission))}`
}

/** Validates each model's newest candidate and promotes those that pass, one change per model, in the work tree. */
export async function runEvaluateCommand(context: CliContext<EvaluateRequest>): Promise<number> {
  const { workspace, request } = context
  const mode = writeMode(context)
  await assertCommittable(workspace, mode)
  const original = await readWorkspaceManifest(workspace)
  let text = original
  const data = await readManifest(text, workspace.manifestName)
  const result = await evaluate(data, request.model, async candidate => {
    const outcome = await prepareMove({
      workspace,
      text,
      command: 'promote',
      args: { model: candidate.model, version: candidate.version, to: candidate.to },
      validation: validationOptions(context, request),
      uncommitted: true
    })
    const applied = await writeOutcome(workspace, outcome, mode)
    if (outcome.verdict !== 'failed') text = outcome.newText
    return { outcome, applied }
  })
  const promoted = result.evaluated.filter(
    entry => entry.status === 'promoted' || entry.status === 'unchanged'
  )
  const rejected = result.evaluated.filter(entry => entry.status === 'rejected' || entry.status === 'held')
  const diff = unifiedDiff(workspace.manifestName, original, text)
  print(
    context.io,
    context.json,
    {
      changed: promoted.some(entry => entry.status === 'promoted'),
      dryRun: mode.dryRun,
      promoted: promoted.map(listed),
      rejected: rejected.map(listed),
      diff
    },
    () => {
      if (result.evaluated.length === 0)
        return `No model has a version in ${result.from}: nothing to evaluate.\n`
      const tail = mode.dryRun && diff ? ['', diff, `Dry run: ${workspace.manifestName} not written.`] : []
      return [...result.evaluated.map(line), ...tail].join('\n') + '\n'
    }
  )
  return EXIT_OK
}
