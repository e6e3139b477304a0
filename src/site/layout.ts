import { escapeHtml } from './escape.js'

/** No inline script or style, nothing fetched from elsewhere: a page shows what it carries and the site's files. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; base-uri 'none'; form-action 'none'"

export interface PageParts {
  title: string
  /** The way back to the site's root from the page: '' for the index, '../' for a model page. */
  root: string
  /** Already escaped HTML. */
  header: string
  main: string
  footer: string
  scripts?: readonly string[]
}

/** The shell every page shares: its policy, stylesheet, landmarks and optional scripts. */
export function page(parts: PageParts): string {
  const scripts = (parts.scripts ?? [])
    .map(file => `<script src="${escapeHtml(parts.root + file)}" defer></script>`)
    .join('')
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n` +
    '<meta name="referrer" content="no-referrer">\n' +
    '<link rel="icon" href="data:,">\n' +
    `<title>${escapeHtml(parts.title)}</title>\n` +
    `<link rel="stylesheet" href="${escapeHtml(parts.root)}site.css">\n${scripts}\n</head>\n<body>\n` +
    `<header>${parts.header}</header>\n<main>\n${parts.main}\n</main>\n<footer>${parts.footer}</footer>\n` +
    '</body>\n</html>\n'
  )
}
