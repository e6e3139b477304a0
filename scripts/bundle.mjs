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

/** The folders of the packages whose modules a bundle holds (node_modules/<name> or node_modules/@scope/<name>). */
const bundledPackages = new Set()
function recordPackages(stats, input) {
  const modules = stats?.compilation?.modules
  if (!modules) throw new Error(`${input}: ncc gave no module list to take the licences from`)
  for (const module of modules) {
    const file = module.resource ?? ''
    const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file)
    if (match) bundledPackages.add(match[1])
  }
}

await rm(path.join(root, 'dist'), { recursive: true, force: true })
for (const entry of entries) {
  const { code, assets, stats } = await ncc(path.join(root, entry.input), {
    quiet: true,
    minify: false,
    sourceMap: false,
    // `npm run typecheck` checks the types; checked again here, each bundle took twice as long.
    transpileOnly: true
  })
  recordPackages(stats, entry.input)
  const target = path.join(root, entry.output)
  await mkdir(path.dirname(target), { recursive: true })
  for (const [name, asset] of Object.entries(assets ?? {})) {
    // ncc marks an ESM bundle with a package.json of {"type":"module"}; anything else would be a surprise.
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
// The CLI's bin asks Node (22.1 and later) to keep its compiled code on disk, as tsc does: each later run skips
// compiling the bundle, about 20 ms of every run on Node 24. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
await writeFile(
  path.join(root, 'dist', 'cli.js'),
  "#!/usr/bin/env node\nimport module from 'node:module'\n\nmodule.enableCompileCache?.()\nawait import('./cli/index.js')\n",
  { mode: 0o755 }
)

// The licence notices of every package the bundles hold, found from the modules ncc bundled into each bundle and
// each chunk: a dependency added tomorrow is listed without anyone naming it. (ncc's own `license` option writes one
// file per chunk under one name, so with on-demand chunks it lists only one chunk's packages: it left out
// @actions/core and undici.)
const notices = new Set()
for (const folder of [...bundledPackages].sort()) {
  const manifest = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8'))
  const files = await readdir(folder)
  const licenceFile = files.find(file => /^(licen[cs]e|copying)(\.|$)/i.test(file))
  if (!licenceFile && !manifest.license) throw new Error(`${manifest.name} (${folder}) states no licence`)
  const text = licenceFile ? await readFile(path.join(folder, licenceFile), 'utf8') : ''
  // Two copies of one package (two versions) are listed once when their notices are the same.
  notices.add(`${manifest.name}\n${manifest.license ?? 'UNKNOWN'}\n${text.trim()}`)
}
const sorted = [...notices].sort((a, b) => a.localeCompare(b))
await writeFile(path.join(root, 'dist', 'licenses.txt'), sorted.join('\n\n') + '\n')
