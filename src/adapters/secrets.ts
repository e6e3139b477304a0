/**
 * The secrets of this run (the token, and the forms git sends it in). Every text model-stages writes or sends
 * goes through `redact`, and no secret is handed to a validation command's environment.
 */
const secrets = new Set<string>()

export function registerSecret(value: string): void {
  if (value.trim().length === 0) return
  secrets.add(value)
  secrets.add(Buffer.from(`x-access-token:${value}`, 'utf8').toString('base64'))
}

export function isSecret(value: string): boolean {
  return secrets.has(value)
}

/** Whether a text holds a secret of this run anywhere in it. */
export function holdsSecret(text: string): boolean {
  for (const secret of secrets) if (text.includes(secret)) return true
  return false
}

export function redact(text: string): string {
  let result = text
  for (const secret of secrets) result = result.replaceAll(secret, '***')
  return result
}
