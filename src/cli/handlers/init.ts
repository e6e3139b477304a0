import { promises as fs } from 'node:fs'
import path from 'node:path'
import { newManifestText } from '../../manifest/template.js'
import { InputError } from '../../stages/errors.js'
import { EXIT_OK, print } from '../output.js'
import { schemaPathFrom } from '../package-root.js'
import type { InitRequest } from '../../commands/request.js'
import type { CliContext } from './context.js'

/** Writes a new, commented manifest; an existing one is never overwritten. */
export async function runInitCommand(context: CliContext<InitRequest>): Promise<number> {
  const { workspace, request } = context
  const model = request.declare
  const schema = schemaPathFrom(path.dirname(workspace.manifestPath), workspace.root)
  const text = newManifestText({ model, validate: request.validate, schema })
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
    { file: workspace.manifestName, created: true, schema: schema ?? null },
    () =>
      [
        `Wrote ${workspace.manifestName}.`,
        ...(schema === undefined
          ? [
              'Editor support: model-stages is not installed in this repository, so no schema line was written;',
              'point "# yaml-language-server: $schema=" at its schema/model-stages.schema.json (docs/manifest.md).'
            ]
          : []),
        `Next: model-stages register ${model ?? 'MODEL'} VERSION --uri URI, then commit the file.`
      ].join('\n') + '\n'
  )
  return EXIT_OK
}
