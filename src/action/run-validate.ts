import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../adapters/files.js'
import { resultFileText } from '../commands/fan-out/result-file.js'
import { runOrigin } from '../commands/fan-out/run-origin.js'
import { validateOne } from '../commands/fan-out/validate-one.js'
import type { ValidateRequest } from '../commands/request.js'
import { readWorkspaceManifest, type Workspace } from '../commands/workspace.js'
import { validationSentence } from '../reporting/describe.js'
import { outputTailBlock } from '../reporting/markdown.js'
import type { ActionInputs } from './inputs.js'
import { logFenced } from './fence.js'
import { setOutput } from './outputs.js'
import { writeSummary } from './summary.js'
import { withValidationLog } from './validation-log.js'

/**
 * validate: one candidate (one shard) of a fanned-out evaluation, its result written to a file for the job that
 * gathers them. Nothing else is written, and no API is called: the job needs no write token.
 */
export async function runValidate(
  inputs: ActionInputs<ValidateRequest>,
  workspace: Workspace
): Promise<void> {
  const { request } = inputs
  const text = await readWorkspaceManifest(workspace)
  const shard = request.shard ? ` shard ${request.shard.index}/${request.shard.count}` : ''
  const result = await withValidationLog(`Validate ${request.model}${shard}`, request, options =>
    validateOne(workspace, text, request, options, runOrigin())
  )
  const file = path.resolve(workspace.root, request.result)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFileAtomic(file, resultFileText(result))
  setOutput('result', file)
  setOutput('model', result.model)
  setOutput('version', result.version)
  setOutput('validation', result.validation.status === 'passed' ? 'passed' : 'failed')
  setOutput('changed', 'false')
  const sentence = validationSentence(result.validation)
  await logFenced(`${result.model} ${result.version}${shard}: ${sentence} Result: ${request.result}`)
  await writeSummary(
    [
      `## model-stages: validate ${result.model} \`${result.version}\`${shard} for ${result.to}`,
      sentence,
      result.problem ? `Its metrics cannot be used: ${result.problem}` : '',
      outputTailBlock(result.validation),
      `Result written to \`${request.result}\`: upload it for the job that gathers the results.`
    ]
      .filter(Boolean)
      .join('\n\n')
  )
}
