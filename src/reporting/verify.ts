import type { VerifiedVersion } from '../commands/verify.js'
import { markdownTable } from './markdown.js'

const SHOWN: Record<VerifiedVersion['status'], string> = {
  ok: '✅ same bytes',
  drift: '❌ drift',
  unreadable: '❌ cannot be read',
  unrecorded: '— no digest recorded'
}

/** The verify table, as the job summary shows it. */
export function verifyMarkdown(verified: readonly VerifiedVersion[]): string {
  if (verified.length === 0) return 'No version in those stages.'
  return markdownTable(
    ['Model', 'Version', 'Stage', 'Recorded', 'Now', 'Result'],
    verified.map(entry => [
      entry.model,
      `\`${entry.version}\``,
      entry.stage,
      entry.recorded ? `\`${entry.recorded.slice(0, 19)}…\`` : '—',
      entry.now ? `\`${entry.now.slice(0, 19)}…\`` : '—',
      entry.error ? `${SHOWN[entry.status]}: ${entry.error}` : SHOWN[entry.status]
    ])
  )
}

/** One line per version, as the CLI prints it. */
export function verifyText(verified: readonly VerifiedVersion[]): string {
  if (verified.length === 0) return 'No version in those stages.\n'
  return (
    verified
      .map(entry => {
        const where = `${entry.model} ${entry.version} (${entry.stage})`
        if (entry.status === 'ok') return `${where}: same bytes, ${entry.now}`
        if (entry.status === 'drift') return `${where}: DRIFT: recorded ${entry.recorded}, now ${entry.now}`
        if (entry.status === 'unreadable') return `${where}: cannot be read: ${entry.error}`
        return `${where}: no digest recorded`
      })
      .join('\n') + '\n'
  )
}
