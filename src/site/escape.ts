/*
 * Everything a page shows from the manifest or the history passes through here: text is escaped for HTML (element
 * content and quoted attributes alike), and only http(s) and relative addresses ever become links.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Text made safe for element content and for a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, character => ENTITIES[character] ?? character)
}

/**
 * The address when a link to it cannot run anything: an absolute http(s) URL, or a relative path (no scheme, not
 * `//host`). Browsers drop whitespace and control characters inside a scheme (`java\tscript:`), so an address with
 * any is refused whole.
 */
export function safeHref(address: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (address === '' || /[\s\x00-\x1f\x7f\\]/.test(address)) return undefined
  if (/^https?:\/\/[^/?#]/i.test(address)) return address
  if (address.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(address)) return undefined
  return address
}

/** A link when `address` is safe, else the text alone. */
export function link(text: string, address: string | undefined, attributes = ''): string {
  const href = address === undefined ? undefined : safeHref(address)
  const body = escapeHtml(text)
  return href === undefined ? body : `<a href="${escapeHtml(href)}"${attributes}>${body}</a>`
}
