import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../../adapters/files.js'
import { runOrigin } from '../../commands/fan-out/run-origin.js'
import { resultFileText } from '../../commands/fan-out/result-file.js'
import { validateOne } from '../../commands/fan-out/validate-one.js'
import type { ValidateRequest } from '../../commands/request.js'
import { readWorkspaceManifest } from '../../commands/workspace.js'
import { validationSentence } from '../../reporting/describe.js'
import { EXIT_OK, print } from '../output.js'
import type { CliContext } from './context.js'
import { validationOptions } from './move.js'

/** Validates one candidate (or shard) and writes its result file: the measurement step of a fanned-out evaluate. */
export async function runValidateCommand(context: CliContext<ValidateRequest>): Promise<number> {
  const { workspace, request } = context
  const text = await readWorkspaceManifest(workspace)
  const result = await validateOne(workspace, text, request, validationOptions(context, request), runOrigin())
  const file = path.resolve(context.io.cwd, request.result)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFileAtomic(file, resultFileText(result))
  const shard = result.shard.count > 1 ? ` shard ${result.shard.index}/${result.shard.count}` : ''
  print(
    context.io,
    context.json,
    { result: file, ...result },
    () =>
      [
        `${result.model} ${result.version}${shard} for ${result.to}: ${validationSentence(result.validation)}`,
        result.problem ? `Its metrics cannot be used: ${result.problem}` : '',
        `Result written to ${request.result}; evaluate --results gathers it.`
      ]
        .filter(Boolean)
        .join('\n') + '\n'
  )
  // A result is a measurement, not a gate: the job that gathers the results decides.
  return EXIT_OK
}
