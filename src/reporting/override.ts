import { OVERRIDE_TRAILER, type Override } from '../stages/admission.js'
import { inlineCode } from './markdown.js'

/** For the CLI and commit messages: "Override: <reason>" and one line per guard it let through. */
export function overrideLines(override: Override | undefined): string[] {
  if (!override) return []
  return [`Override: ${override.reason}`, ...override.bypassed.map(item => `  overrode ${item}`)]
}

/** For summaries, pull request bodies and review comments. */
export function overrideMarkdown(override: Override | undefined): string {
  if (!override) return ''
  const items = override.bypassed.map(item => `- overrode ${inlineCode(item)}`).join('\n')
  return `**⚠️ Override** (recorded as a \`${OVERRIDE_TRAILER}\` trailer): ${inlineCode(override.reason)}\n\n${items}`
}
