/** A new manifest, commented for a first-time reader; block style throughout, so that edits stay readable. */
export function newManifestText(options: { model?: string; validate?: string; schema?: string }): string {
  const lines = [
    ...(options.schema === undefined ? [] : [`# yaml-language-server: $schema=${options.schema}`]),
    '# The stage manifest: every version of every model, and the stage it is in.',
    '# A version moves staging -> production -> archived; it enters production only when its',
    '# validation command exits 0. Change it with model-stages (register, promote, archive, rollback).',
    'version: 1',
    ''
  ]
  if (options.validate !== undefined) {
    lines.push(
      'defaults:',
      '  # Runs in the repository root with MODEL_NAME, MODEL_VERSION, MODEL_URI, MODEL_STAGE in its environment.',
      `  validate: ${JSON.stringify(options.validate)}`,
      ''
    )
  }
  if (options.model === undefined) {
    lines.push('models: {} # model-stages register MODEL VERSION --uri URI adds the first one')
  } else {
    lines.push(
      'models:',
      `  ${options.model}:`,
      `    versions: {} # model-stages register ${options.model} VERSION --uri URI adds the first one`
    )
  }
  return lines.join('\n') + '\n'
}
