import { promises as fs } from 'node:fs'
import { newManifestText } from '../../manifest/template.js'
import { InputError } from '../../stages/errors.js'
import { assertModelName } from '../../manifest/names.js'
import { EXIT_OK, print } from '../output.js'
import { stringOption, type CliContext } from './context.js'

/** Writes a new, commented manifest; an existing one is never overwritten. */
export async function runInitCommand(context: CliContext): Promise<number> {
  const { workspace, values } = context
  const model = stringOption(values, 'model')
  if (model !== undefined) assertModelName(model)
  const validate = stringOption(values, 'validate')
  const text = newManifestText({ model, validate })
  try {
    await fs.writeFile(workspace.manifestPath, text, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new InputError(`${workspace.manifestName} already exists: init never overwrites a manifest`)
    throw error
  }
  print(
    context.io,
    context.json,
    { file: workspace.manifestName, created: true },
    () =>
      [
        `Wrote ${workspace.manifestName}.`,
        `Next: model-stages register ${model ?? 'MODEL'} VERSION --uri URI, then commit the file.`
      ].join('\n') + '\n'
  )
  return EXIT_OK
}
