// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc, so that both run with no install or build.
import ncc from '@vercel/ncc'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const entries = [
  { input: 'src/index.ts', output: 'dist/index.js', banner: '' },
  { input: 'src/cli.ts', output: 'dist/cli.js', banner: '#!/usr/bin/env node\n' }
]

await rm(path.join(root, 'dist'), { recursive: true, force: true })
const notices = []
for (const entry of entries) {
  const { code, assets } = await ncc(path.join(root, entry.input), {
    quiet: true,
    minify: false,
    sourceMap: false,
    license: 'licenses.txt'
  })
  const target = path.join(root, entry.output)
  await mkdir(path.dirname(target), { recursive: true })
  for (const [name, asset] of Object.entries(assets ?? {})) {
    // ncc marks an ESM bundle with a package.json of {"type":"module"} and lists the bundled packages' licences;
    // anything else would be a surprise.
    if (name === 'licenses.txt') notices.push(String(asset.source))
    else if (name === 'package.json') await writeFile(path.join(path.dirname(target), name), asset.source)
    else throw new Error(`${entry.input}: unexpected bundle asset ${name}`)
  }
  await writeFile(target, entry.banner + code.replace(/^#!.*\n/, ''), { mode: entry.banner ? 0o755 : 0o644 })
}

// One file of licence notices for both bundles: each package's notice once, in the order ncc lists them.
const seen = new Set()
const merged = notices
  .flatMap(text => text.split(/\n\n(?=\S+\n\S)/))
  .filter(block => {
    const name = block.split('\n')[0]
    if (seen.has(name)) return false
    seen.add(name)
    return true
  })
await writeFile(path.join(root, 'dist', 'licenses.txt'), merged.join('\n\n').trimEnd() + '\n')
