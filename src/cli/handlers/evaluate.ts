import path from 'node:path'
import { writeFileAtomic } from '../../adapters/files.js'
import { evaluate, inParallel, type Candidate, type EvaluatedCandidate } from '../../commands/evaluate.js'
import { gatheredCandidates, gatherResults } from '../../commands/fan-out/gather.js'
import { planEvaluation } from '../../commands/fan-out/plan.js'
import { prepareMove, type MoveOutcome } from '../../commands/prepare-move.js'
import type { EvaluateRequest } from '../../commands/request.js'
import { readWorkspaceManifest, type Workspace } from '../../commands/workspace.js'
import { readManifest } from '../../manifest/read.js'
import {
  gatheredCommitMessage,
  outcomeSentence,
  planTitle,
  validationSentence
} from '../../reporting/describe.js'
import { unifiedDiff } from '../../reporting/diff.js'
import { validationResult } from '../../stages/admission.js'
import { evaluationCandidates } from '../../stages/queries.js'
import { EXIT_OK, EXIT_REFUSED, print } from '../output.js'
import type { CliContext } from './context.js'
import {
  assertCommittable,
  commitOrRestore,
  validationOptions,
  writeMode,
  writeOutcome,
  type WriteMode
} from './move.js'

/** A candidate as `--json` lists it. */
function listed(entry: EvaluatedCandidate<string | undefined>, gatheredCommit?: string) {
  return {
    model: entry.model,
    version: entry.version,
    validation: entry.outcome?.verdict ?? 'skipped',
    exitCode: validationResult(entry.outcome?.admission)?.exitCode ?? null,
    commit: entry.applied ?? (entry.status === 'promoted' ? gatheredCommit : undefined) ?? null,
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

/** The validation matrix: one line of JSON for strategy.matrix (or the whole plan with --json). */
async function printPlan(context: CliContext<EvaluateRequest>): Promise<number> {
  const { workspace, request } = context
  const plan = await planEvaluation(workspace, await readWorkspaceManifest(workspace), request.model)
  for (const held of plan.held)
    if (!context.json) context.io.err(`${held.model} ${held.version} is not planned: ${held.reason}\n`)
  print(context.io, context.json, plan, () => `${JSON.stringify(plan.matrix)}\n`)
  return EXIT_OK
}

/**
 * --jobs N: every candidate validated first, up to N at once, each one's output kept apart and printed whole when it
 * ends; the promotions then reuse those runs (or what stopped them), one after another, as without --jobs: nothing
 * is validated twice.
 */
async function validateAhead(
  context: CliContext<EvaluateRequest>,
  text: string,
  candidates: readonly Candidate[],
  jobs: number
): Promise<Map<string, MoveOutcome | Error>> {
  const { workspace, request } = context
  const outcomes = await inParallel(candidates, jobs, async candidate => {
    let output = ''
    const outcome = await prepareMove({
      workspace,
      text,
      command: 'promote',
      args: { model: candidate.model, version: candidate.version, to: candidate.to },
      validation: { ...validationOptions(context, request), onOutput: chunk => (output += chunk) },
      uncommitted: true
    }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
    if (!context.json && output)
      context.io.err(
        `── ${candidate.model} ${candidate.version} ──\n${output}${output.endsWith('\n') ? '' : '\n'}`
      )
    return outcome
  })
  return new Map(outcomes.map((outcome, index) => [candidates[index]?.model as string, outcome]))
}

/**
 * Validates each model's newest candidate and promotes those that pass, one change per model, in the work tree;
 * with --results, takes the validations from the result files instead and writes every promotion as one change.
 */
export async function runEvaluateCommand(context: CliContext<EvaluateRequest>): Promise<number> {
  const { workspace, request } = context
  if (request.plan) return printPlan(context)
  const mode = writeMode(context)
  await assertCommittable(workspace, mode)
  const original = await readWorkspaceManifest(workspace)
  let text = original
  const data = await readManifest(text, workspace.manifestName)
  const cwd = context.io.cwd
  const gathered =
    request.results === undefined
      ? undefined
      : await gatherResults(path.resolve(cwd, request.results), data, file => path.relative(cwd, file))
  const candidates = gathered ? gatheredCandidates(data, gathered) : evaluationCandidates(data, request.model)
  const ahead =
    (request.jobs ?? 1) > 1 ? await validateAhead(context, text, candidates, request.jobs ?? 1) : undefined
  const admitted: MoveOutcome[] = []
  const result = await evaluate(
    data,
    request.model,
    async candidate => {
      const before = ahead?.get(candidate.model)
      if (before instanceof Error) throw before
      const outcome = await prepareMove({
        workspace,
        text,
        command: 'promote',
        args: { model: candidate.model, version: candidate.version, to: candidate.to },
        validation: validationOptions(context, request),
        uncommitted: true,
        measured: gathered?.candidates.find(entry => entry.model === candidate.model)?.measurement,
        earlier: before
      })
      // Gathered promotions are written together, once all are judged.
      const applied = gathered ? undefined : await writeOutcome(workspace, outcome, mode)
      if (outcome.verdict !== 'failed') text = outcome.newText
      if (outcome.changed && outcome.verdict !== 'failed') admitted.push(outcome)
      return { outcome, applied }
    },
    candidates
  )
  const commit = gathered ? await writeGathered(workspace, original, text, admitted, mode) : undefined
  const promoted = result.evaluated.filter(
    entry => entry.status === 'promoted' || entry.status === 'unchanged'
  )
  const rejected = result.evaluated.filter(entry => entry.status === 'rejected' || entry.status === 'held')
  const refusedResults = gathered?.refused ?? []
  const diff = unifiedDiff(workspace.manifestName, original, text)
  print(
    context.io,
    context.json,
    {
      changed: promoted.some(entry => entry.status === 'promoted'),
      dryRun: mode.dryRun,
      promoted: promoted.map(entry => listed(entry, commit)),
      rejected: rejected.map(entry => listed(entry, commit)),
      ...(gathered ? { refusedResults } : {}),
      diff
    },
    () => {
      const refusedLines = refusedResults.map(
        refused =>
          `Refused ${refused.files.join(', ')}${refused.model ? ` (${refused.model} stays where it is)` : ''}: ${refused.reason}`
      )
      if (result.evaluated.length === 0 && refusedLines.length === 0)
        return gathered
          ? `No result files below ${request.results}: nothing to gather.\n`
          : `No model has a version in ${result.from}: nothing to evaluate.\n`
      const tail = mode.dryRun && diff ? ['', diff, `Dry run: ${workspace.manifestName} not written.`] : []
      const committed = commit ? [`Committed ${commit.slice(0, 7)}: every promotion in one commit.`] : []
      return [...result.evaluated.map(line), ...refusedLines, ...committed, ...tail].join('\n') + '\n'
    }
  )
  // A result that could not be taken is a broken pipeline, not a verdict on a model: the run says so.
  return refusedResults.length > 0 ? EXIT_REFUSED : EXIT_OK
}

/** The gathered promotions as one write, and with --commit one commit; the commit, when one was made. */
async function writeGathered(
  workspace: Workspace,
  original: string,
  text: string,
  admitted: readonly MoveOutcome[],
  mode: WriteMode
): Promise<string | undefined> {
  if (text === original || mode.dryRun) return undefined
  await writeFileAtomic(workspace.manifestPath, text)
  if (!mode.commit) return undefined
  return commitOrRestore(workspace, original, gatheredCommitMessage(admitted))
}
