import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from './run-action.js'

export interface BadManifest {
  name: string
  text: string
  expected: Array<{ line: number; column: number; message: string }>
}

export const FIXTURES = path.join(PROJECT_ROOT, '__tests__', 'fixtures')
export const EXAMPLE_MANIFEST = readFileSync(
  path.join(PROJECT_ROOT, 'examples', 'churn', 'model-stages.yaml'),
  'utf8'
)

/** The corpus of bad manifests: each names the problems it must give in `# expect: LINE:COL message` lines. */
export function badManifests(): BadManifest[] {
  const folder = path.join(FIXTURES, 'bad')
  return readdirSync(folder)
    .filter(name => name.endsWith('.yaml'))
    .sort()
    .map(name => {
      const text = readFileSync(path.join(folder, name), 'utf8')
      const expected = [...text.matchAll(/^# expect: (\d+):(\d+) (.+)$/gm)].map(match => ({
        line: Number(match[1]),
        column: Number(match[2]),
        message: match[3] ?? ''
      }))
      return { name, text, expected }
    })
}
