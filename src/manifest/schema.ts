import { z } from 'zod'
import {
  ARCHIVED,
  MODEL_NAME_PATTERN,
  MODEL_NAME_RULE,
  STAGE_NAME_PATTERN,
  STAGES,
  VERSION_PATTERN,
  VERSION_RULE
} from './names.js'

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
  .string({ error: `stage must be one of: ${STAGES.join(', ')}` })
  .describe(
    `Lifecycle stage of this version: one of the stages the manifest declares, or ${ARCHIVED}. Without stages: ${STAGES.join(', ')}.`
  )

/** `30m`, `24h`, `7d`. */
export const DURATION_PATTERN = /^[1-9]\d*(m|h|d)$/

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

export const StageDeclarationSchema = z
  .strictObject({
    name: z
      .string({ error: 'a stage name is text' })
      .regex(STAGE_NAME_PATTERN, { error: `a stage name is ${MODEL_NAME_RULE}` })
      .refine(name => name !== ARCHIVED, {
        error: `${ARCHIVED} is always there and cannot be declared: leave it out of stages`
      })
      .describe(`Stage name: ${MODEL_NAME_RULE}.`),
    exclusive: z
      .boolean({ error: 'exclusive must be true or false' })
      .describe('At most one version of a model in this stage: entering it archives the one it replaces.')
      .optional(),
    validate: ValidateCommandSchema.describe(
      "The command a version must pass to enter this stage (else the model's, else defaults.validate)."
    ).optional(),
    soak: z
      .string({ error: 'soak is a duration such as "30m", "24h" or "7d"' })
      .regex(DURATION_PATTERN, { error: 'soak is a duration such as "30m", "24h" or "7d"' })
      .describe('How long a version must have spent in its current stage before it may enter this one.')
      .optional(),
    environment: z
      .string({ error: 'environment is the name of a GitHub environment' })
      .min(1, { error: 'environment is the name of a GitHub environment' })
      .describe('GitHub environment: a version entering this stage is recorded as a deployment to it.')
      .optional(),
    gates: GatesSchema.describe('Metric gates a version must meet to enter this stage.').optional()
  })
  .describe('One stage of the pipeline.')

export const StagesSchema = z
  .array(StageDeclarationSchema, { error: 'stages is a list of stages, each with a name' })
  .min(2, { error: 'stages needs at least two: where register puts a version, and where it is promoted to' })
  .superRefine((stages, context) => {
    const seen = new Set<string>()
    stages.forEach((stage, index) => {
      if (seen.has(stage.name))
        context.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `stage ${stage.name} is declared twice`,
          input: stage.name
        })
      seen.add(stage.name)
    })
    const first = stages[0]
    const last = stages[stages.length - 1]
    if (first?.exclusive)
      context.addIssue({
        code: 'custom',
        path: [0, 'exclusive'],
        message: `the first stage (${first.name}) takes every new version: it cannot be exclusive`,
        input: first.exclusive
      })
    if (first?.soak !== undefined)
      context.addIssue({
        code: 'custom',
        path: [0, 'soak'],
        message: `the first stage (${first.name}) is entered by register, not by promotion: it has no soak`,
        input: first.soak
      })
    if (last && last.exclusive !== true)
      context.addIssue({
        code: 'custom',
        path: [stages.length - 1, 'name'],
        message: `the last stage (${last.name}) holds the live version: declare it with exclusive: true`,
        input: last.name
      })
  })
  .describe(
    `The stages a version moves through, in order (${ARCHIVED} is implicit). Without it: ${STAGES.filter(stage => stage !== ARCHIVED).join(' → ')}.`
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
    stages: StagesSchema.optional(),
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
export type StageDeclaration = z.infer<typeof StageDeclarationSchema>
export type Gates = z.infer<typeof GatesSchema>
export type VersionEntry = z.infer<typeof VersionEntrySchema>
export type ModelEntry = z.infer<typeof ModelSchema>
export type Manifest = z.infer<typeof ManifestSchema>

export function manifestJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ManifestSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >
  // Without `stages:`, a version's stage is one of the three: editors can say so as it is typed.
  const defaultStages = {
    if: { not: { required: ['stages'] } },
    then: {
      properties: {
        models: {
          additionalProperties: {
            properties: {
              versions: { additionalProperties: { properties: { stage: { enum: [...STAGES] } } } }
            }
          }
        }
      }
    }
  }
  return { ...generated, ...defaultStages, title: 'model-stages manifest' }
}
