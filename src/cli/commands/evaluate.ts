import { prepareMove, type MoveOutcome } from '../../commands/execute-move.js'
import { checkRequest } from '../../commands/request.js'
import { readWorkspaceManifest } from '../../commands/workspace.js'
import { loadManifestText } from '../../manifest/load.js'
import { outcomeSentence, planTitle, validationSentence } from '../../reporting/describe.js'
import { unifiedDiff } from '../../reporting/diff.js'
import type { GateResult } from '../../stages/gates.js'
import { evaluationCandidates } from '../../stages/queries.js'
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
  const candidates = evaluationCandidates(loadManifestText(text, workspace.manifestName).data, request.model)
  for (const candidate of candidates) {
    const outcome: MoveOutcome = await prepareMove({
      workspace,
      text,
      command: 'promote',
      args: candidate,
      validation: validationOptions(context, request.validationTimeout)
    })
    const entry = {
      ...candidate,
      validation: outcome.verdict,
      exitCode: outcome.validation?.exitCode ?? null,
      commit: null as string | null
    }
    if (outcome.verdict === 'failed') {
      rejected.push({ ...entry, failedGates: outcome.gates.filter(rule => !rule.passed) })
      titles.push(
        `${candidate.model} ${candidate.version} stays in staging. ${outcomeSentence(outcome.validation, outcome.failure)}`
      )
      continue
    }
    entry.commit = (await writeOutcome(workspace, outcome, mode)) ?? null
    text = outcome.newText
    promoted.push(entry)
    titles.push(`${planTitle(outcome.plan)}. ${validationSentence(outcome.validation)}`)
  }
  const diff = unifiedDiff(workspace.manifestName, original, text)
  print(
    context.io,
    context.json,
    { changed: promoted.length > 0, dryRun: mode.dryRun, promoted, rejected, diff },
    () => {
      if (candidates.length === 0) return 'No model has a version in staging: nothing to evaluate.\n'
      const tail = mode.dryRun && diff ? ['', diff, `Dry run: ${workspace.manifestName} not written.`] : []
      return [...titles, ...tail].join('\n') + '\n'
    }
  )
  return EXIT_OK
}
