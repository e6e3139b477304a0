import { z } from 'zod'
import { MODEL_NAME_PATTERN, MODEL_NAME_RULE, STAGES, VERSION_PATTERN, VERSION_RULE } from './names.js'

export type { Stage } from './names.js'

export const ModelNameSchema = z
  .string()
  .regex(MODEL_NAME_PATTERN, { error: `a model name is ${MODEL_NAME_RULE}` })
  .describe(`Model name: ${MODEL_NAME_RULE}.`)

export const VersionStringSchema = z
  .string()
  .regex(VERSION_PATTERN, { error: `a version string is ${VERSION_RULE}` })
  .describe(`Version string: ${VERSION_RULE}.`)

export const StageSchema = z
  .enum(STAGES, { error: `stage must be one of: ${STAGES.join(', ')}` })
  .describe('Lifecycle stage of this version.')

const ValidateCommandSchema = z
  .string()
  .min(1, { error: 'the validation command is empty' })
  .describe(
    'Shell command run in the repository root to validate a version before it enters production. ' +
      'It gets MODEL_NAME, MODEL_VERSION, MODEL_URI, MODEL_STAGE, MODEL_TARGET_STAGE and MODEL_STAGES_MANIFEST ' +
      'in its environment; exit code 0 means it passed.'
  )

/** A change rule's size: an absolute number, or a percentage of production's value ("5%"). */
const AmountSchema = z
  .union([
    z
      .number({ error: 'a number, or a percentage such as "5%"' })
      .nonnegative({ error: 'must not be negative' }),
    z.string().regex(/^\d+(\.\d+)?%$/, { error: 'a number, or a percentage such as "5%"' })
  ])
  .describe('An absolute amount, or a percentage of the production value such as "5%".')

export const GateSchema = z
  .strictObject({
    better: z
      .enum(['higher', 'lower'], { error: 'better must be higher or lower' })
      .describe('Which way is better (default higher).')
      .optional(),
    min: z
      .number({ error: 'min must be a number' })
      .describe('The lowest value allowed (inclusive).')
      .optional(),
    max: z
      .number({ error: 'max must be a number' })
      .describe('The highest value allowed (inclusive).')
      .optional(),
    max_regression: AmountSchema.describe('How much worse than production the candidate may be.').optional(),
    min_improvement: AmountSchema.describe(
      'How much better than production the candidate must be.'
    ).optional()
  })
  .refine(gate => gate.max_regression === undefined || gate.min_improvement === undefined, {
    error: 'a gate has max_regression or min_improvement, not both'
  })
  .describe('The rules one metric must meet for a version to enter production.')

export const GatesSchema = z.record(z.string(), GateSchema).describe('Metric name → its gate.')

export const BaselineSchema = z
  .enum(['recorded', 'rerun'], { error: 'baseline must be recorded or rerun' })
  .describe(
    "Where production's metrics come from: its recorded metrics (default), or its validation run again in the same run."
  )

export const VersionEntrySchema = z
  .strictObject({
    stage: StageSchema,
    uri: z.string().describe('Where the model artifact lives (s3://, gs://, hf://, a path…).').optional(),
    description: z.string().describe('Free text about this version.').optional(),
    metrics: z
      .record(z.string(), z.number({ error: 'a metric must be a number' }))
      .describe('Metric name → number.')
      .optional(),
    metadata: z.record(z.string(), z.unknown()).describe('Free-form map.').optional()
  })
  .describe('One version of a model.')

export const ModelSchema = z
  .strictObject({
    validate: ValidateCommandSchema.optional(),
    gates: GatesSchema.describe("This model's metric gates (replacing defaults.gates whole).").optional(),
    baseline: BaselineSchema.optional(),
    versions: z
      .record(VersionStringSchema, VersionEntrySchema)
      .default(() => ({}))
      .describe(
        'Versions keyed by their version string, in the order written (newest last). A model may be declared before its first version.'
      )
  })
  .describe('A model and its versions.')

export const ManifestSchema = z
  .strictObject({
    version: z
      .literal(1, { error: 'the manifest format version must be 1' })
      .describe('Manifest format version.'),
    defaults: z
      .strictObject({
        validate: ValidateCommandSchema.optional(),
        gates: GatesSchema.describe('Metric gates for models without their own.').optional(),
        baseline: BaselineSchema.optional()
      })
      .describe('Settings used when a model has none of its own.')
      .optional(),
    models: z.record(ModelNameSchema, ModelSchema).describe('Models keyed by name.')
  })
  .describe('model-stages manifest: the lifecycle stage of every model version.')

export type Gate = z.infer<typeof GateSchema>
export type Gates = z.infer<typeof GatesSchema>
export type VersionEntry = z.infer<typeof VersionEntrySchema>
export type ModelEntry = z.infer<typeof ModelSchema>
export type Manifest = z.infer<typeof ManifestSchema>

export function manifestJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ManifestSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >
  return { ...generated, title: 'model-stages manifest' }
}
