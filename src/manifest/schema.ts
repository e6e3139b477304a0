import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'
import {
  ARCHIVED,
  MAX_METRICS,
  METRIC_NAME_PATTERN,
  METRIC_NAME_RULE,
  MODEL_NAME_PATTERN,
  MODEL_NAME_RULE,
  STAGE_NAME_PATTERN,
  STAGES,
  VERSION_PATTERN,
  VERSION_RULE
} from './names.js'

export type { Stage } from './names.js'

/** How the shards' values of one metric make one. */
export const COMBINE_RULES = ['mean', 'sum', 'min', 'max'] as const
/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_SHARDS = 256

// zod/mini carries no messages of its own: the English ones name what was expected ("expected string").
z.config(en())

/**
 * A schema with a description, which the published JSON Schema carries for editors. Each call registers a schema
 * made for it: a registered schema takes one description. (Registered, not attached as a check, so that the
 * compiled checker can take the schema whole.)
 */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description })
  return schema
}

export const ModelNameSchema = described(
  z.string().check(z.regex(MODEL_NAME_PATTERN, { error: `a model name is ${MODEL_NAME_RULE}` })),
  `Model name: ${MODEL_NAME_RULE}.`
)

export const VersionStringSchema = described(
  z.string().check(z.regex(VERSION_PATTERN, { error: `a version string is ${VERSION_RULE}` })),
  `Version string: ${VERSION_RULE}.`
)

export const StageSchema = described(
  z.string({ error: `stage must be one of: ${STAGES.join(', ')}` }),
  `Lifecycle stage of this version: one of the stages the manifest declares, or ${ARCHIVED}. Without stages: ${STAGES.join(', ')}.`
)

/** `30m`, `24h`, `7d`. */
export const DURATION_PATTERN = /^[1-9]\d*(m|h|d)$/

const validateCommand = (description: string) =>
  described(z.string().check(z.minLength(1, { error: 'the validation command is empty' })), description)

/** The algorithm-prefixed form OCI and KServe use. */
export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/

const digestCommand = () =>
  described(
    z.string().check(z.minLength(1, { error: 'the digest command is empty' })),
    'Shell command that prints the sha256 digest of the artifact at MODEL_URI (for s3://, gs://, hf:// and other uris model-stages cannot read itself), run like the validation.'
  )

/** What monitor runs on a served version, and what a failure does. */
const monitorSettings = () => ({
  monitor: z.optional(
    described(
      z.string().check(z.minLength(1, { error: 'the monitor command is empty' })),
      'Shell command that checks a served version (run like the validation, MODEL_STAGE its stage); the validation command when none.'
    )
  ),
  on_failure: z.optional(
    described(
      z.enum(['report', 'rollback', 'block'], { error: 'on_failure must be report, rollback or block' }),
      'What a failed monitor check does: report (an incident issue, the default), rollback (and roll the stage back), or block (and also block the failing version, in the same change).'
    )
  ),
  failures_before_action: z.optional(
    described(
      z
        .int({ error: 'failures_before_action is a whole number from 1 to 100' })
        .check(
          z.minimum(1, { error: 'failures_before_action is a whole number from 1 to 100' }),
          z.maximum(100, { error: 'failures_before_action is a whole number from 1 to 100' })
        ),
      'How many consecutive failing monitor runs (counted in the incident issue) before a rollback or block (default 1).'
    )
  )
})

const VALIDATE_DESCRIPTION =
  'Shell command run in the repository root to validate a version before it enters production. ' +
  'It gets MODEL_NAME, MODEL_VERSION, MODEL_URI, MODEL_STAGE, MODEL_TARGET_STAGE and MODEL_STAGES_MANIFEST ' +
  'in its environment; exit code 0 means it passed.'

/** A change rule's size: an absolute number, or a percentage of production's value ("5%"). */
const amount = (description: string) =>
  described(
    z.union([
      z
        .number({ error: 'a number, or a percentage such as "5%"' })
        .check(z.nonnegative({ error: 'must not be negative' })),
      z.string().check(z.regex(/^\d+(\.\d+)?%$/, { error: 'a number, or a percentage such as "5%"' }))
    ]),
    description
  )

export const GateSchema = described(
  z
    .strictObject({
      better: z.optional(
        described(
          z.enum(['higher', 'lower'], { error: 'better must be higher or lower' }),
          'Which way is better (default higher).'
        )
      ),
      min: z.optional(
        described(z.number({ error: 'min must be a number' }), 'The lowest value allowed (inclusive).')
      ),
      max: z.optional(
        described(z.number({ error: 'max must be a number' }), 'The highest value allowed (inclusive).')
      ),
      max_regression: z.optional(amount('How much worse than production the candidate may be.')),
      min_improvement: z.optional(amount('How much better than production the candidate must be.')),
      combine: z.optional(
        described(
          z.enum(COMBINE_RULES, { error: `combine must be one of: ${COMBINE_RULES.join(', ')}` }),
          'How the values measured by the shards of a sharded model make one (a metric several shards report needs it).'
        )
      ),
      weight: z.optional(
        described(
          z
            .string()
            .check(z.regex(METRIC_NAME_PATTERN, { error: `weight names a metric: ${METRIC_NAME_RULE}` })),
          'With combine: mean, the metric each shard reports as its weight (such as its sample count); the weights are summed.'
        )
      )
    })
    .check(
      z.refine(gate => gate.max_regression === undefined || gate.min_improvement === undefined, {
        error: 'a gate has max_regression or min_improvement, not both'
      }),
      z.refine(gate => gate.min === undefined || gate.max === undefined || gate.min <= gate.max, {
        error: 'min is above max: no value could pass this gate'
      }),
      z.refine(gate => gate.weight === undefined || gate.combine === 'mean', {
        error: 'weight applies to combine: mean only'
      })
    ),
  'The rules one metric must meet for a version to enter production.'
)

export const MetricNameSchema = described(
  z.string().check(z.regex(METRIC_NAME_PATTERN, { error: `a metric name is ${METRIC_NAME_RULE}` })),
  `Metric name: ${METRIC_NAME_RULE}.`
)

const gates = (description: string) => described(z.record(MetricNameSchema, GateSchema), description)

export const GatesSchema = gates('Metric name → its gate.')

const baseline = () =>
  described(
    z.enum(['recorded', 'rerun'], { error: 'baseline must be recorded or rerun' }),
    "Where production's metrics come from: its recorded metrics (default), or its validation run again in the same run."
  )

export const StageDeclarationSchema = described(
  z.strictObject({
    name: described(
      z.string({ error: 'a stage name is text' }).check(
        z.regex(STAGE_NAME_PATTERN, { error: `a stage name is ${MODEL_NAME_RULE}` }),
        z.refine(name => name !== ARCHIVED, {
          error: `${ARCHIVED} is always there and cannot be declared: leave it out of stages`
        })
      ),
      `Stage name: ${MODEL_NAME_RULE}.`
    ),
    exclusive: z.optional(
      described(
        z.boolean({ error: 'exclusive must be true or false' }),
        'At most one version of a model in this stage: entering it archives the one it replaces.'
      )
    ),
    validate: z.optional(
      validateCommand(
        "The command a version must pass to enter this stage (else the model's, else defaults.validate)."
      )
    ),
    soak: z.optional(
      described(
        z
          .string({ error: 'soak is a duration such as "30m", "24h" or "7d"' })
          .check(z.regex(DURATION_PATTERN, { error: 'soak is a duration such as "30m", "24h" or "7d"' })),
        'How long a version must have spent in its current stage before it may enter this one.'
      )
    ),
    environment: z.optional(
      described(
        z
          .string({ error: 'environment is the name of a GitHub environment' })
          .check(z.minLength(1, { error: 'environment is the name of a GitHub environment' })),
        'GitHub environment: a version entering this stage is recorded as a deployment to it.'
      )
    ),
    gates: z.optional(gates('Metric gates a version must meet to enter this stage.'))
  }),
  'One stage of the pipeline.'
)

export const StagesSchema = described(
  z.array(StageDeclarationSchema, { error: 'stages is a list of stages, each with a name' }).check(
    z.minLength(2, {
      error: 'stages needs at least two: where register puts a version, and where it is promoted to'
    }),
    z.superRefine((stages, context) => {
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
  ),
  `The stages a version moves through, in order (${ARCHIVED} is implicit). Without it: ${STAGES.filter(stage => stage !== ARCHIVED).join(' → ')}.`
)

export const VersionEntrySchema = described(
  z.strictObject({
    stage: StageSchema,
    uri: z.optional(described(z.string(), 'Where the model artifact lives (s3://, gs://, hf://, a path…).')),
    digest: z.optional(
      described(
        z
          .string({ error: 'digest is sha256: and 64 hex digits' })
          .check(z.regex(DIGEST_PATTERN, { error: 'digest is sha256: and 64 lowercase hex digits' })),
        "The artifact's digest (sha256:<hex>): checked before every move into a later stage, and by verify."
      )
    ),
    description: z.optional(described(z.string(), 'Free text about this version.')),
    blocked: z.optional(
      described(
        z.string({ error: 'blocked is the reason the version is blocked, as text' }).check(
          z.regex(/\S/, { error: 'blocked needs a reason: say why this version must not come back' }),
          // eslint-disable-next-line no-control-regex -- control characters are what is refused
          z.refine(reason => !/[\x00-\x1f\x7f]/.test(reason), {
            error: 'blocked is one line of text, without control characters'
          })
        ),
        'Why this version must never serve again: a blocked version can enter no stage but archived (set by block, removed by unblock).'
      )
    ),
    metrics: z.optional(
      described(
        z.record(MetricNameSchema, z.number({ error: 'a metric must be a number' })).check(
          z.refine(metrics => Object.keys(metrics).length <= MAX_METRICS, {
            error: `at most ${MAX_METRICS} metrics are recorded for a version`
          })
        ),
        `Metric name → number (at most ${MAX_METRICS}).`
      )
    ),
    metadata: z.optional(described(z.record(z.string(), z.unknown()), 'Free-form map.'))
  }),
  'One version of a model.'
)

export const ModelSchema = described(
  z.strictObject({
    validate: z.optional(validateCommand(VALIDATE_DESCRIPTION)),
    gates: z.optional(gates("This model's metric gates (replacing defaults.gates whole).")),
    baseline: z.optional(baseline()),
    digest: z.optional(digestCommand()),
    ...monitorSettings(),
    shards: z.optional(
      described(
        z
          .int({ error: `shards is a whole number from 1 to ${MAX_SHARDS}` })
          .check(
            z.minimum(1, { error: `shards is a whole number from 1 to ${MAX_SHARDS}` }),
            z.maximum(MAX_SHARDS, { error: `shards is a whole number from 1 to ${MAX_SHARDS}` })
          ),
        'Into how many shards a validation of this model is split when it fans out (evaluate --plan): each shard runs with MODEL_SHARD_INDEX and MODEL_SHARD_COUNT.'
      )
    ),
    versions: described(
      z._default(z.record(VersionStringSchema, VersionEntrySchema), () => ({})),
      'Versions keyed by their version string, in the order written (newest last). A model may be declared before its first version.'
    )
  }),
  'A model and its versions.'
)

/** The `models:` map, each model checked by `model`: the schema, or a faster checker of the same (read.ts). */
export function modelsMap<Model extends typeof ModelSchema>(model: Model) {
  return z.record(ModelNameSchema, model)
}

export const DefaultsSchema = z.strictObject({
  validate: z.optional(validateCommand(VALIDATE_DESCRIPTION)),
  gates: z.optional(gates('Metric gates for models without their own.')),
  baseline: z.optional(baseline()),
  digest: z.optional(digestCommand()),
  ...monitorSettings()
})

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
/** A date and time with its offset (`2026-12-24T00:00:00+01:00`, `2026-12-24T00:00Z`): an instant, unambiguous. */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
/** A time of day on a 24-hour clock, `18:00`. */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

export const FreezeSchema = described(
  z
    .strictObject({
      reason: z.optional(
        described(z.string(), 'Why the stages are frozen: said to whoever is refused, and recorded.')
      ),
      stages: z.optional(
        described(
          z.array(z.string({ error: 'a stage name is text' })),
          'The stages no version may enter while the window is open (default: every exclusive stage).'
        )
      ),
      models: z.optional(
        described(z.array(ModelNameSchema), 'The models the freeze applies to (default: every model).')
      ),
      from: z.optional(
        described(
          z.string({ error: 'from is a date and time, or a time of day' }),
          'When the window opens: a date and time with its offset (2026-12-24T00:00:00+01:00), or with days a time of day (18:00).'
        )
      ),
      to: z.optional(
        described(
          z.string({ error: 'to is a date and time, or a time of day' }),
          'When the window closes: a date and time with its offset, or with days a time of day (09:00; at or before from: the next day, so that 00:00 to 00:00 is the whole day).'
        )
      ),
      days: z.optional(
        described(
          z.array(z.enum(WEEKDAYS, { error: `a day is one of ${WEEKDAYS.join(', ')}` })),
          'A weekly window: the days it opens on (mon … sun), from and to being times of day in timezone.'
        )
      ),
      allow_monitor: z.optional(
        described(
          z.boolean({ error: 'allow_monitor must be true or false' }),
          "The monitor's on_failure rollback or block may pass this window (recorded as a Model-Stage-Override, reason monitor: <check>)."
        )
      ),
      timezone: z.optional(
        described(
          z.string().check(
            z.refine(isTimeZone, {
              error: 'timezone is an IANA time zone name, such as Europe/Berlin or America/New_York'
            })
          ),
          'The IANA time zone a weekly window is read in (default UTC); daylight saving time is followed.'
        )
      )
    })
    .check(
      z.superRefine((freeze, context) => {
        const issue = (path: string, message: string) =>
          context.addIssue({ code: 'custom', path: [path], message, input: freeze })
        if (freeze.from === undefined) issue('from', 'a freeze needs from and to')
        if (freeze.to === undefined) issue('to', 'a freeze needs from and to')
        const { from, to } = freeze
        if (from === undefined || to === undefined) return
        const ends = { from, to }
        if (freeze.days === undefined) {
          if (freeze.timezone !== undefined)
            issue(
              'timezone',
              'timezone is for a weekly window (with days); a date and time carries its offset'
            )
          for (const key of ['from', 'to'] as const)
            if (!INSTANT_PATTERN.test(ends[key]) || Number.isNaN(Date.parse(ends[key])))
              issue(
                key,
                `${key} is a date and time with its offset, such as 2026-12-24T00:00:00+01:00 (or add days for a weekly window)`
              )
          if (Date.parse(from) >= Date.parse(to)) issue('to', 'to is not after from: this window never opens')
          return
        }
        if (freeze.days.length === 0) issue('days', 'days lists at least one day')
        for (const key of ['from', 'to'] as const)
          if (!TIME_OF_DAY_PATTERN.test(ends[key]))
            issue(key, `with days, ${key} is a time of day such as 18:00`)
      })
    ),
  'A window in which versions may not enter some stages.'
)

export const ManifestSchema = described(
  z.strictObject({
    version: described(
      z.literal(1, { error: 'the manifest format version must be 1' }),
      'Manifest format version.'
    ),
    stages: z.optional(StagesSchema),
    defaults: z.optional(described(DefaultsSchema, 'Settings used when a model has none of its own.')),
    freezes: z.optional(
      described(
        z.array(FreezeSchema),
        'Freeze windows: while one is open, its stages take no version (force with a reason overrides it, recorded).'
      )
    ),
    models: described(modelsMap(ModelSchema), 'Models keyed by name.')
  }),
  'model-stages manifest: the lifecycle stage of every model version.'
)

export type Gate = z.infer<typeof GateSchema>
export type Freeze = z.infer<typeof FreezeSchema>
export type Weekday = (typeof WEEKDAYS)[number]
export type CombineRule = (typeof COMBINE_RULES)[number]
export type StageDeclaration = z.infer<typeof StageDeclarationSchema>
export type Gates = z.infer<typeof GatesSchema>
export type VersionEntry = z.infer<typeof VersionEntrySchema>
/** A model's versions in the order written, whatever the keys look like (an object would put "7" first). */
export type Versions = ReadonlyMap<string, VersionEntry>
export type ModelEntry = Omit<z.infer<typeof ModelSchema>, 'versions'> & { versions: Versions }
/** The manifest as the schema checks it: versions as a plain object, before their order is put back. */
export type CheckedManifest = z.infer<typeof ManifestSchema>
export type Manifest = Omit<CheckedManifest, 'models'> & { models: Record<string, ModelEntry> }

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
