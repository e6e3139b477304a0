import { inlineCode } from './markdown.js'

/** An audited override as reporting shows it: the reason a person gave, and what it let through. */
export interface OverrideRecord {
  reason: string
  bypassed: readonly string[]
}

export const OVERRIDE_TRAILER = 'Model-Stage-Override'

/** For the CLI and commit messages: "Override: <reason>" and one line per guard it let through. */
export function overrideLines(override: OverrideRecord | undefined): string[] {
  if (!override) return []
  return [`Override: ${override.reason}`, ...override.bypassed.map(item => `  overrode ${item}`)]
}

/** For summaries, pull request bodies and review comments. */
export function overrideMarkdown(override: OverrideRecord | undefined): string {
  if (!override) return ''
  const items = override.bypassed.map(item => `- overrode ${inlineCode(item)}`).join('\n')
  return `**⚠️ Override** (recorded as a \`${OVERRIDE_TRAILER}\` trailer): ${inlineCode(override.reason)}\n\n${items}`
}
