import { prepareMove, type MoveOutcome } from '../../commands/prepare-move.js'
import { checkRequest } from '../../commands/request.js'
import { readWorkspaceManifest } from '../../commands/workspace.js'
import { readManifest } from '../../manifest/read.js'
import { outcomeSentence, planTitle, validationSentence } from '../../reporting/describe.js'
import { unifiedDiff } from '../../reporting/diff.js'
import type { GateResult } from '../../stages/gates.js'
import { firstStage, pipelineOf } from '../../stages/pipeline.js'
import { evaluationCandidates } from '../../stages/queries.js'
import { failedGates, validationResult } from '../../stages/admission.js'
import { RefusedError } from '../../stages/errors.js'
import { EXIT_OK, print } from '../output.js'
import { CLI_NAMES, stringOption, type CliContext } from './context.js'
import { assertCommittable, validationOptions, writeMode, writeOutcome } from './move.js'

interface Evaluated {
  model: string
  version: string
  validation: string
  exitCode: number | null
  commit: string | null
  failedGates?: GateResult[]
  /** Why the pipeline held it back before validation (a soak). */
  reason?: string
}

/** Validates each model's newest staging version and promotes those that pass, one change per model. */
export async function runEvaluateCommand(context: CliContext): Promise<number> {
  const { workspace, values } = context
  const request = checkRequest(
    {
      command: 'evaluate',
      model: context.positionals[0],
      validationTimeout: stringOption(values, 'validation-timeout')
    },
    CLI_NAMES
  )
  const mode = writeMode(context)
  await assertCommittable(workspace, mode)
  const original = await readWorkspaceManifest(workspace)
  let text = original
  const promoted: Evaluated[] = []
  const rejected: Evaluated[] = []
  const titles: string[] = []
  const data = await readManifest(text, workspace.manifestName)
  const candidates = evaluationCandidates(data, request.model)
  const first = firstStage(pipelineOf(data)).name
  for (const candidate of candidates) {
    let outcome: MoveOutcome
    try {
      outcome = await prepareMove({
        workspace,
        text,
        command: 'promote',
        args: { model: candidate.model, version: candidate.version, to: candidate.to },
        validation: validationOptions(context, request.validationTimeout),
        uncommitted: true
      })
    } catch (error) {
      // A candidate the pipeline holds back (its soak) waits; the others are still evaluated.
      if (!(error instanceof RefusedError)) throw error
      rejected.push({
        ...candidate,
        validation: 'skipped',
        exitCode: null,
        commit: null,
        reason: error.message
      })
      titles.push(`${candidate.model} ${candidate.version} stays in ${candidate.from}: ${error.message}`)
      continue
    }
    const entry = {
      model: candidate.model,
      version: candidate.version,
      validation: outcome.verdict,
      exitCode: validationResult(outcome.admission)?.exitCode ?? null,
      commit: null as string | null
    }
    if (outcome.verdict === 'failed') {
      rejected.push({ ...entry, failedGates: failedGates(outcome.admission) })
      titles.push(
        `${candidate.model} ${candidate.version} stays in ${candidate.from}. ${outcomeSentence(outcome.admission)}`
      )
      continue
    }
    entry.commit = (await writeOutcome(workspace, outcome, mode)) ?? null
    text = outcome.newText
    promoted.push(entry)
    titles.push(`${planTitle(outcome.plan)}. ${validationSentence(validationResult(outcome.admission))}`)
  }
  const diff = unifiedDiff(workspace.manifestName, original, text)
  print(
    context.io,
    context.json,
    { changed: promoted.length > 0, dryRun: mode.dryRun, promoted, rejected, diff },
    () => {
      if (candidates.length === 0) return `No model has a version in ${first}: nothing to evaluate.\n`
      const tail = mode.dryRun && diff ? ['', diff, `Dry run: ${workspace.manifestName} not written.`] : []
      return [...titles, ...tail].join('\n') + '\n'
    }
  )
  return EXIT_OK
}
