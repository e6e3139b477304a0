import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { manifestJsonSchema } from '../../../src/manifest/schema.js'
import { PROJECT_ROOT } from '../../helpers/run-action.js'

describe('published JSON Schema', () => {
  it('is the one generated from the zod definition (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, 'schema', 'model-stages.schema.json'), 'utf8')
    expect(JSON.parse(committed)).toEqual(manifestJsonSchema())
  })

  it('carries the name and version patterns and forbids unknown keys', () => {
    const schema = JSON.stringify(manifestJsonSchema())
    expect(schema).toContain('"pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"')
    expect(schema).toContain('"enum":["staging","production","archived"]')
    expect(schema).toContain('"additionalProperties":false')
  })
})
