/** GitHub's most characters in the body of an issue, a pull request or a comment: longer ones are refused (422). */
export const BODY_LIMIT = 65_536

/** GitHub's most characters in the title of an issue or a pull request. */
export const TITLE_LIMIT = 256

/** GitHub's most characters in the description of a deployment status. */
export const DESCRIPTION_LIMIT = 140

/** Characters as GitHub counts them (code points, not UTF-16 units). */
function characters(text: string): string[] {
  return Array.from(text)
}

/**
 * What closes the Markdown blocks `text` leaves open: a fenced code block (its fence, as long as the opener)
 * and any `<details>` outside one, so that what follows a cut renders as text.
 */
function closers(text: string): string {
  let fence: { char: string; length: number } | undefined
  let details = 0
  for (const line of text.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1]
      if (closing?.startsWith(fence.char) && closing.length >= fence.length) fence = undefined
      continue
    }
    if (marker) {
      fence = { char: marker.charAt(0), length: marker.length }
      continue
    }
    details += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length
  }
  const closeFence = fence ? `\n${fence.char.repeat(fence.length)}` : ''
  return `${closeFence}${'\n</details>'.repeat(Math.max(0, details))}`
}

/**
 * A body that GitHub takes: as it is when it fits, else cut at a line break before the limit, its open code
 * block and `<details>` closed, and a last line saying how much was cut.
 */
export function fitBody(text: string, limit = BODY_LIMIT): string {
  const all = characters(text)
  if (all.length <= limit) return text
  let keep = limit
  for (;;) {
    let kept = all.slice(0, keep).join('')
    const lineEnd = kept.lastIndexOf('\n')
    if (lineEnd > 0) kept = kept.slice(0, lineEnd)
    const cut = all.length - characters(kept).length
    const fitted =
      `${kept}${closers(kept)}\n\n` +
      `**… ${cut.toLocaleString('en-US')} more characters cut: GitHub takes at most ` +
      `${limit.toLocaleString('en-US')} here.**`
    const over = characters(fitted).length - limit
    if (over <= 0) return fitted
    keep = Math.max(0, Math.min(keep - over, characters(kept).length - 1))
  }
}

/** A one-line text that GitHub takes: cut with an ellipsis past `limit` characters. */
export function fitLine(text: string, limit: number): string {
  const all = characters(text)
  return all.length <= limit ? text : `${all.slice(0, limit - 1).join('')}…`
}

export const fitTitle = (text: string): string => fitLine(text, TITLE_LIMIT)
