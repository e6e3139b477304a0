// npm run bench: how the engine scales. Figures are printed, never asserted.
//  1. a manifest of 1,000 models × 10 versions: load + check, one promotion + atomic write, lines changed
//  2. history over 10,000 commits of a manifest (built with git fast-import): time and git processes started
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeFileAtomic } from '../src/adapters/files.js'
import { readHistory } from '../src/commands/history.js'
import { openWorkspace } from '../src/commands/workspace.js'
import { loadManifestText } from '../src/manifest/load.js'
import { rewriteManifest } from '../src/manifest/rewrite.js'
import { changedLineCount } from '../src/reporting/diff.js'
import { planPromote } from '../src/stages/plan.js'

const MODELS = 1000
const VERSIONS = 10
const COMMITS = 10_000
const REPEATS = 5

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now()
  const result = work()
  return [result, performance.now() - start]
}

function largeManifest(): string {
  const lines = ['# generated for the benchmark', 'version: 1', 'defaults:', '  validate: "true"', 'models:']
  for (let m = 0; m < MODELS; m++) {
    lines.push(`  # model number ${m}`, `  model-${m}:`, '    versions:')
    for (let v = 0; v < VERSIONS; v++) {
      const stage = v === VERSIONS - 1 ? 'staging' : v === VERSIONS - 2 ? 'production' : 'archived'
      lines.push(
        `      "1.${v}.0":`,
        `        stage: ${stage}   # v${v}`,
        `        uri: s3://models/model-${m}/1.${v}.0`
      )
      if (v % 3 === 0) lines.push(`        metrics: { auc: 0.${80 + v}, loss: 0.${20 - v} }`)
    }
  }
  return lines.join('\n') + '\n'
}

async function manifestBenchmark(folder: string): Promise<void> {
  const text = largeManifest()
  const file = path.join(folder, 'model-stages.yaml')
  writeFileSync(file, text)
  const loads: number[] = []
  const promotions: number[] = []
  let changed = 0
  for (let i = 0; i < REPEATS; i++) {
    const [manifest, loadMs] = time(() => loadManifestText(text, 'model-stages.yaml'))
    loads.push(loadMs)
    const start = performance.now()
    const plan = planPromote(manifest.data, `model-${MODELS / 2}`)
    const newText = rewriteManifest(manifest, plan.changes, plan.result)
    await writeFileAtomic(file, newText)
    promotions.push(performance.now() - start)
    changed = changedLineCount(text, newText)
  }
  console.log(
    `manifest: ${MODELS} models × ${VERSIONS} versions, ${text.split('\n').length - 1} lines, ${(text.length / 1024).toFixed(0)} KiB`
  )
  console.log(`  load + check:            median ${median(loads).toFixed(0)} ms over ${REPEATS} runs`)
  console.log(
    `  one promotion + write:   median ${median(promotions).toFixed(0)} ms (plan, edit, re-check, atomic write)`
  )
  console.log(`  lines changed in diff:   ${changed} (${changed / 2} removed + ${changed / 2} added)`)
}

/**
 * A repository whose manifest changed in each of COMMITS commits, built with one git fast-import. Ten models of
 * four versions each take turns: a model with a staging version promotes it (archiving its production version),
 * else restores the archived version that comes next.
 */
function historyRepository(folder: string): string {
  const repo = path.join(folder, 'history-repo')
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', repo])
  const versions = ['1.0', '2.0', '3.0', '4.0']
  const models = Array.from(
    { length: 10 },
    () => new Map(versions.map((v, i) => [v, i === 0 ? 'production' : 'archived']))
  )
  const chunks: string[] = []
  for (let c = 0; c < COMMITS; c++) {
    const stages = models[c % models.length] ?? new Map<string, string>()
    const staging = versions.find(v => stages.get(v) === 'staging')
    const live = versions.find(v => stages.get(v) === 'production') ?? '1.0'
    if (staging) {
      stages.set(live, 'archived')
      stages.set(staging, 'production')
    } else {
      stages.set(versions[(versions.indexOf(live) + 1) % versions.length] ?? '1.0', 'staging')
    }
    const lines = ['version: 1', 'defaults:', '  validate: "true"', 'models:']
    models.forEach((model, m) => {
      lines.push(
        `  model-${m}:`,
        '    versions:',
        ...[...model].map(([v, stage]) => `      "${v}": { stage: ${stage} }`)
      )
    })
    const content = lines.join('\n') + '\n'
    const message = `change ${c}${c % 50 === 0 ? ` (#${c})` : ''}`
    chunks.push(
      `commit refs/heads/main\nmark :${c + 1}\ncommitter Bench <bench@example.com> ${1_700_000_000 + c * 60} +0000\n` +
        `data ${Buffer.byteLength(message)}\n${message}\n${c > 0 ? `from :${c}\n` : ''}` +
        `M 100644 inline model-stages.yaml\ndata ${Buffer.byteLength(content)}\n${content}\n`
    )
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: chunks.join('') })
  execFileSync('git', ['reset', '--quiet', '--hard', 'main'], { cwd: repo })
  return repo
}

async function historyBenchmark(folder: string): Promise<void> {
  const [repo, buildMs] = time(() => historyRepository(folder))
  const times: number[] = []
  let processes = 0
  let transitions = 0
  for (let i = 0; i < 3; i++) {
    const workspace = await openWorkspace(repo, 'model-stages.yaml')
    const start = performance.now()
    const entries = await readHistory(workspace)
    times.push(performance.now() - start)
    processes = workspace.git?.processCount ?? 0
    transitions = entries.length
  }
  console.log(
    `history: ${COMMITS} commits of the manifest (built with git fast-import in ${(buildMs / 1000).toFixed(1)} s)`
  )
  console.log(
    `  read + rebuild:          median ${median(times).toFixed(0)} ms over 3 runs, ${transitions} transitions`
  )
  console.log(`  git processes started:   ${processes}`)
}

const folder = mkdtempSync(path.join(tmpdir(), 'model-stages-bench-'))
try {
  await manifestBenchmark(folder)
  await historyBenchmark(folder)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
