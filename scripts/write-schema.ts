// Writes schema/model-stages.schema.json from the zod definition of the manifest.
import { writeFileSync } from 'node:fs'
import { manifestJsonSchema } from '../src/manifest/schema.js'

writeFileSync(
  new URL('../schema/model-stages.schema.json', import.meta.url),
  JSON.stringify(manifestJsonSchema(), null, 2) + '\n'
)
