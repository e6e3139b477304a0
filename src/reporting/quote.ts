/** How much of a value from a validation or a manifest a message quotes. */
export const QUOTE_LIMIT = 80

/** A value quoted for a message: JSON-escaped, and cut (saying how long it was) past QUOTE_LIMIT characters. */
export function quoted(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return JSON.stringify(text)
  return `${JSON.stringify(text.slice(0, limit))}… (${text.length} characters)`
}
