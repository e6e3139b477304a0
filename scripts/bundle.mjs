// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc, so that both run with no install or build.
import ncc from '@vercel/ncc'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
// Each bundle in a folder of its own, with the chunks it loads on demand beside it; dist/cli.js starts the CLI.
const entries = [
  { input: 'src/index.ts', output: 'dist/index.js', banner: '' },
  { input: 'src/cli.ts', output: 'dist/cli/index.js', banner: '' }
]

await rm(path.join(root, 'dist'), { recursive: true, force: true })
for (const entry of entries) {
  const { code, assets } = await ncc(path.join(root, entry.input), {
    quiet: true,
    minify: false,
    sourceMap: false,
    license: ''
  })
  const target = path.join(root, entry.output)
  await mkdir(path.dirname(target), { recursive: true })
  for (const [name, asset] of Object.entries(assets ?? {})) {
    // ncc marks an ESM bundle with a package.json of {"type":"module"} and lists the bundled packages' licences;
    // anything else would be a surprise.
    // Modules loaded on demand (the GitHub client, each command) come as chunks of their own, beside the bundle.
    if (name === 'package.json' || /^\d+\.(index|cli)\.js$/.test(name)) {
      const file = path.join(path.dirname(target), name)
      const existing = await readFile(file, 'utf8').catch(() => undefined)
      if (existing !== undefined && existing !== String(asset.source))
        throw new Error(`${entry.input}: chunk ${name} would overwrite another bundle's`)
      await writeFile(file, asset.source)
    } else throw new Error(`${entry.input}: unexpected bundle asset ${name}`)
  }
  await writeFile(target, entry.banner + code.replace(/^#!.*\n/, ''))
}
await writeFile(path.join(root, 'dist', 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js'\n", {
  mode: 0o755
})

// The licence notices of every package the bundles hold: the runtime packages and all they depend on.
const BUNDLED = [
  '@actions/github',
  '@octokit/plugin-retry',
  '@octokit/plugin-throttling',
  'diff',
  'js-yaml',
  'yaml',
  'zod'
]
async function packageFolder(name, from) {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'node_modules', name)
    if (
      await readFile(path.join(candidate, 'package.json')).then(
        () => true,
        () => false
      )
    )
      return candidate
    if (folder === path.dirname(folder)) throw new Error(`cannot find the package ${name}`)
  }
}
const notices = new Map()
const pending = BUNDLED.map(name => ({ name, from: root }))
while (pending.length > 0) {
  const { name, from } = pending.shift()
  const folder = await packageFolder(name, from)
  const manifest = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8'))
  if (notices.has(manifest.name)) continue
  const files = await readdir(folder)
  const licenceFile = files.find(file => /^(licen[cs]e|copying)(\.|$)/i.test(file))
  const text = licenceFile ? await readFile(path.join(folder, licenceFile), 'utf8') : ''
  notices.set(manifest.name, `${manifest.name}\n${manifest.license ?? 'UNKNOWN'}\n${text.trim()}`)
  for (const dependency of Object.keys(manifest.dependencies ?? {}))
    pending.push({ name: dependency, from: folder })
}
const sorted = [...notices.values()].sort((a, b) => a.localeCompare(b))
await writeFile(path.join(root, 'dist', 'licenses.txt'), sorted.join('\n\n') + '\n')
