import { checkRequest } from '../../commands/request.js'
import { reviewManifest } from '../../commands/review.js'
import { formatProblem } from '../../manifest/problems.js'
import { transitionText } from '../../reporting/describe.js'
import { reviewPassed, type ReviewReport } from '../../reporting/review.js'
import { InputError } from '../../stages/errors.js'
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, print } from '../output.js'
import { CLI_NAMES, stringOption, type CliContext } from './context.js'
import { validationOptions } from './move.js'

/** The pull request review on a local checkout: the work tree against --base (default HEAD). */
export async function runCheckCommand(context: CliContext): Promise<number> {
  const { workspace, values, io } = context
  const request = checkRequest(
    { command: 'check', validationTimeout: stringOption(values, 'validation-timeout') },
    CLI_NAMES
  )
  const base = stringOption(values, 'base') ?? 'HEAD'
  if (!workspace.git || !(await workspace.git.resolve(base)))
    throw new InputError(`--base: unknown revision ${JSON.stringify(base)}`)
  const result = await reviewManifest(workspace, base, validationOptions(context, request.validationTimeout))
  const report: ReviewReport = { manifestName: workspace.manifestName, ...result }
  const { touched, initial, problems, changes, overrides } = result
  const passed = reviewPassed(report)
  const exitCode = problems.length > 0 ? EXIT_BAD_INPUT : passed ? EXIT_OK : EXIT_REFUSED
  const error =
    exitCode === EXIT_OK
      ? {}
      : { error: { exitCode, message: 'the stage changes do not pass review', problems } }
  print(io, context.json, { base, passed, touched, initial, problems, changes, overrides, ...error }, () => {
    if (!touched) return `No change to ${workspace.manifestName} since ${base}.\n`
    const lines = changes.map(change => {
      const verdict = change.refusal ? `refused: ${change.refusal}` : (change.operation ?? '')
      const validation = change.validation ? `; validation ${change.validation.status}` : ''
      const overridden = change.overridden?.length ? `; overrode ${change.overridden.join('; ')}` : ''
      return `${transitionText(change)}: ${verdict}${validation}${overridden}`
    })
    for (const override of overrides)
      lines.push(`Override in ${override.commit.slice(0, 7)}: ${override.reason}`)
    if (problems.length > 0) io.err(problems.map(formatProblem).join('\n') + '\n')
    lines.push(passed ? 'Every stage change is legal and validated.' : 'Review failed.')
    return lines.join('\n') + '\n'
  })
  return exitCode
}
