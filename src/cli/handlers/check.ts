import type { CheckRequest } from '../../commands/request.js'
import { reviewManifest } from '../../commands/review.js'
import { formatProblem } from '../../manifest/problems.js'
import { refusalReasons, validationResult } from '../../stages/admission.js'
import { reviewedChangeLines, refusalText } from '../../reporting/review.js'
import { InputError } from '../../stages/errors.js'
import { reviewPassed, type ReviewedChange } from '../../stages/review.js'
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, print } from '../output.js'
import type { CliContext } from './context.js'
import { validationOptions } from './move.js'

/** A reviewed change in check's JSON: the stage change, and the verdict on it (refusals, overrides, validation). */
function changeJson(change: ReviewedChange) {
  const { verdict } = change
  const validation = verdict.validation
  const failure = refusalReasons(verdict).join('; ')
  return {
    model: change.model,
    version: change.version,
    from: change.from,
    to: change.to,
    operation: verdict.operation ?? null,
    admitted: verdict.admitted,
    ...(verdict.refusals.length > 0 ? { refusal: refusalText(verdict) } : {}),
    refusals: verdict.refusals.map(({ guard, message }) => ({ guard, message })),
    ...(verdict.override ? { overridden: verdict.override.bypassed } : {}),
    ...(validation ? { validation: validationResult(verdict) ?? null } : {}),
    ...(validation?.state === 'not-run' ? { validationNotRun: validation.reason } : {}),
    ...(verdict.soak ? { soak: verdict.soak } : {}),
    gates: verdict.gates,
    ...(failure ? { failure } : {})
  }
}

/** The pull request review on a local checkout: the work tree against --base (default HEAD). */
export async function runCheckCommand(context: CliContext<CheckRequest>): Promise<number> {
  const { workspace, request, io } = context
  const base = request.base ?? 'HEAD'
  if (!workspace.git || !(await workspace.git.resolve(base)))
    throw new InputError(`--base: unknown revision ${JSON.stringify(base)}`)
  const review = await reviewManifest(workspace, base, validationOptions(context, request))
  const { touched, initial, problems, changes, overrides } = review
  const passed = reviewPassed(review)
  const exitCode = problems.length > 0 ? EXIT_BAD_INPUT : passed ? EXIT_OK : EXIT_REFUSED
  const error =
    exitCode === EXIT_OK
      ? {}
      : { error: { exitCode, message: 'the stage changes do not pass review', problems } }
  const json = {
    base,
    passed,
    touched,
    initial,
    problems,
    changes: changes.map(changeJson),
    overrides,
    ...error
  }
  print(io, context.json, json, () => {
    if (!touched) return `No change to ${workspace.manifestName} since ${base}.\n`
    const lines = changes.flatMap(reviewedChangeLines)
    for (const override of overrides)
      lines.push(`Override in ${override.commit.slice(0, 7)}: ${override.reason}`)
    if (problems.length > 0) io.err(problems.map(formatProblem).join('\n') + '\n')
    lines.push(passed ? 'Every stage change is legal and validated.' : 'Review failed.')
    return lines.join('\n') + '\n'
  })
  return exitCode
}
