import { runValidation, type ValidationResult } from '../adapters/validation.js'
import type { Manifest } from '../manifest/schema.js'
import { InputError } from '../stages/errors.js'
import type { Workspace } from './workspace.js'

export interface ValidationOptions {
  /** Overrides the manifest's command. */
  validate?: string
  timeoutSeconds?: number
  onOutput?: (chunk: string) => void
}

export function validationCommand(data: Manifest, model: string, override?: string): string | undefined {
  const command = override?.trim() ? override : (data.models[model]?.validate ?? data.defaults?.validate)
  return command?.trim() ? command : undefined
}

export interface VersionUnderValidation {
  model: string
  version: string
  uri?: string
  /** The stage it is in now. */
  stage: string
}

export function validationEnvironment(
  workspace: Workspace,
  subject: VersionUnderValidation
): Record<string, string> {
  return {
    MODEL_NAME: subject.model,
    MODEL_VERSION: subject.version,
    MODEL_URI: subject.uri ?? '',
    MODEL_STAGE: subject.stage,
    MODEL_TARGET_STAGE: 'production',
    MODEL_STAGES_MANIFEST: workspace.manifestName
  }
}

/** Runs the validation of a version about to enter production; no command configured is an error, never a pass. */
export async function validateVersion(
  workspace: Workspace,
  data: Manifest,
  subject: VersionUnderValidation,
  options: ValidationOptions
): Promise<ValidationResult> {
  const command = validationCommand(data, subject.model, options.validate)
  if (!command) {
    throw new InputError(
      `no validation command for ${subject.model}: a version enters production only after validation. ` +
        `Set models.${subject.model}.validate or defaults.validate in the manifest, or pass one as validate`
    )
  }
  return runValidation({
    command,
    cwd: workspace.root,
    env: validationEnvironment(workspace, subject),
    timeoutSeconds: options.timeoutSeconds,
    onOutput: options.onOutput
  })
}
