// npm run bench: how model-stages scales, as a person runs it. Every figure is the median wall time of the bundled
// CLI or action run as a child process, shown as a ratio to `node -e 0` measured in the same run, with the peak
// memory of the process. Nothing is asserted: the table is printed for docs/performance.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'

const project = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const scratch = mkdtempSync(path.join(tmpdir(), 'model-stages-bench-'))
/** Runs per row: BENCH_REPEATS for every row when set; else SHORT_REPEATS for rows whose run takes under a second. */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5)
/** A 5-run median of a quarter-second run moved by 15% between two benches on one machine; 21 runs hold it. */
const SHORT_REPEATS = process.env.BENCH_REPEATS ? REPEATS : 21
const SHORT_RUN_MS = 1000
const MODEL_COUNTS = [10, 100, 1000, 5000]
const COMMITS = 10_001
/** The site rows: a one-commit repository at these sizes, and the 10,001-commit history at 1,000 models. */
const SITE_MODEL_COUNTS = [10, 1000]
/** The site's budget: the time of `history` on the same repository plus this much per model page. */
const SITE_MS_PER_PAGE = 15
/** BENCH_ONLY=site runs the site rows alone (they build the 10,001-commit history too). */
const ONLY_SITE = process.env.BENCH_ONLY === 'site'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com'
}

/** Reports the child's peak memory when it exits (process.resourceUsage of the CLI itself). */
const wrapper = path.join(scratch, 'measure.mjs')
writeFileSync(
  wrapper,
  "import { writeFileSync } from 'node:fs'\n" +
    "process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)))\n" +
    'await import(process.env.BENCH_ENTRY)\n'
)

interface Measure {
  ms: number
  peakMb: number
  /** The median of the `node -e 0` runs made between this one's runs: the machine's speed at that moment. */
  nodeMs?: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** The peak memory of one run, reported by the wrapper when the process exits. */
function peakOf(
  entry: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  before?: () => void,
  status = 0
) {
  before?.()
  const rssFile = path.join(scratch, 'rss')
  const result = spawnSync(process.execPath, [wrapper, ...args], {
    cwd,
    env: { ...process.env, ...GIT_IDENTITY, ...env, BENCH_ENTRY: entry, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  if (result.status !== status) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return Number(readFileSync(rssFile, 'utf8')) / 1024
}

/** The wall time of one run of the entry as a person runs it (no wrapper). */
function timeOnce(
  entry: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  before?: () => void,
  status = 0
) {
  before?.()
  const started = performance.now()
  const result = spawnSync(process.execPath, [entry, ...args], {
    cwd,
    env: { ...process.env, ...GIT_IDENTITY, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  if (result.status !== status) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return performance.now() - started
}

function measure(
  entry: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  before?: () => void,
  /** The exit status the run must end with: 2 for a manifest the CLI refuses. */
  status = 0
): Measure {
  // Each run follows a run of `node -e 0`, so that a machine slowing down or speeding up during the bench moves
  // both sides of a row's ratio alike.
  const times: number[] = []
  const nodeTimes: number[] = []
  const pair = () => {
    nodeTimes.push(timeOnce('-e', ['0'], scratch, {}))
    times.push(timeOnce(entry, args, cwd, env, before, status))
  }
  pair()
  const runs = (times[0] ?? 0) < SHORT_RUN_MS ? SHORT_REPEATS : REPEATS
  while (times.length < runs) pair()
  return {
    ms: median(times),
    peakMb: peakOf(entry, args, cwd, env, before, status),
    nodeMs: median(nodeTimes)
  }
}

/** The CLI as a person runs it: the package's bin. */
const CLI = path.join(project, 'dist', 'cli.js')
const ACTION = path.join(project, 'dist', 'index.js')
const NODE = path.join(scratch, 'empty.mjs')
writeFileSync(NODE, '') // for the peak memory of a bare node process
const EMPTY_PAGE = path.join(scratch, 'empty.html')
writeFileSync(EMPTY_PAGE, '<!doctype html><html lang="en"><title>empty</title></html>\n')

function manifest(models: number): string {
  const lines = ['# generated for the benchmark', 'version: 1', 'defaults:', '  validate: "true"', 'models:']
  for (let m = 0; m < models; m++) {
    lines.push(`  # model number ${m}`, `  model-${m}:`, '    versions:')
    for (let v = 0; v < 10; v++) {
      const stage = v === 9 ? 'staging' : v === 8 ? 'production' : 'archived'
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

/** Nine levels of nine aliases in one version's metadata: 9^9 values if a reader expanded them. */
function aliasBomb(): string {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
  for (let level = 1; level < 9; level++) {
    const [name, previous] = [String.fromCharCode(97 + level), String.fromCharCode(96 + level)]
    levels.push(`${name}: &${name} [${Array<string>(9).fill(`*${previous}`).join(', ')}]`)
  }
  return (
    [
      'version: 1',
      'models:',
      '  m:',
      '    versions:',
      '      "1":',
      '        stage: staging',
      '        metadata:',
      ...levels.map(line => `          ${line}`)
    ].join('\n') + '\n'
  )
}

function repository(name: string, text: string): string {
  const folder = path.join(scratch, name)
  mkdirSync(folder)
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', folder])
  writeFileSync(path.join(folder, 'model-stages.yaml'), text)
  execFileSync('git', ['add', '-A'], { cwd: folder })
  execFileSync('git', ['commit', '--quiet', '-m', 'manifest'], {
    cwd: folder,
    env: { ...process.env, ...GIT_IDENTITY }
  })
  return folder
}

/** A history of COMMITS commits of a `models`-model manifest, each moving one model's stages, via git fast-import. */
async function historyRepository(name: string, models: number): Promise<string> {
  const folder = path.join(scratch, name)
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', folder])
  const importer = spawn('git', ['fast-import', '--quiet'], {
    cwd: folder,
    stdio: ['pipe', 'inherit', 'inherit']
  })
  const stages = Array.from({ length: models }, () =>
    Array.from({ length: 10 }, (_, v) => (v === 9 ? 'staging' : v === 8 ? 'production' : 'archived'))
  )
  const write = async (text: string) => {
    if (!importer.stdin.write(text)) await new Promise(resolve => importer.stdin.once('drain', resolve))
  }
  for (let c = 0; c < COMMITS; c++) {
    if (c > 0) {
      const model = stages[(c * 7919) % models] ?? []
      const staging = model.indexOf('staging')
      const live = model.indexOf('production')
      if (staging >= 0) {
        if (live >= 0) model[live] = 'archived'
        model[staging] = 'production'
      } else model[(live + 1) % 10] = 'staging'
    }
    const lines = ['version: 1', 'defaults:', '  validate: "true"', 'models:']
    stages.forEach((model, m) => {
      lines.push(`  model-${m}:`, '    versions:')
      // Each version as registered with its measurements: 1,000 models make a 1.26 MB manifest.
      model.forEach((stage, v) =>
        lines.push(
          `      "1.${v}.0":`,
          `        stage: ${stage}`,
          `        uri: s3://models/model-${m}/1.${v}.0`,
          `        metrics: { auc: 0.9${v}, loss: 0.1${v}, latency_ms: 1${v} }`
        )
      )
    })
    const content = lines.join('\n') + '\n'
    const message = `change ${c}${c % 50 === 0 ? ` (#${c})` : ''}`
    await write(
      `commit refs/heads/main\ncommitter Bench <bench@example.com> ${1_700_000_000 + c * 60} +0000\n` +
        `data ${Buffer.byteLength(message)}\n${message}\nM 100644 inline model-stages.yaml\n` +
        `data ${Buffer.byteLength(content)}\n${content}\n`
    )
  }
  importer.stdin.end()
  await new Promise(resolve => importer.on('close', resolve))
  execFileSync('git', ['reset', '--quiet', '--hard', 'main'], { cwd: folder })
  return folder
}

const siteNotes: string[] = []

/** The browser's load time of a page (navigation to the load event), median of REPEATS after one warm-up. */
async function browserLoads(files: readonly string[]): Promise<number[]> {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  try {
    const results: number[] = []
    for (const file of files) {
      const times: number[] = []
      for (let run = 0; run <= REPEATS; run++) {
        const page = await browser.newPage()
        const started = performance.now()
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
        if (run > 0) times.push(performance.now() - started)
        await page.close()
      }
      results.push(median(times))
    }
    return results
  } finally {
    await browser.close()
  }
}

/** CLI site on a repository: build time and memory, the index's size, and its load time against an empty page. */
async function siteRows(repo: string, label: string, models: number, history?: Measure): Promise<void> {
  const out = path.join(scratch, `site-${path.basename(repo)}`)
  const built = measure(CLI, ['site', '--out', out], repo)
  row('CLI site', label, built)
  const indexBytes = readFileSync(path.join(out, 'index.html')).length
  const [index = 0, empty = 1] = await browserLoads([path.join(out, 'index.html'), EMPTY_PAGE])
  rows.push([
    'browser load of the index ÷ an empty page',
    label,
    index.toFixed(0),
    (index / empty).toFixed(2),
    ''
  ])
  siteNotes.push(
    `${label}: index ${(indexBytes / 1024).toFixed(0)} KB (budget < 3 MB), ${models} model pages, ` +
      `built in ${built.ms.toFixed(0)} ms, peak ${built.peakMb.toFixed(0)} MB; browser load ${index.toFixed(0)} ms ` +
      `against ${empty.toFixed(0)} ms for an empty page`
  )
  console.error(
    `    index ${(indexBytes / 1024).toFixed(0)} KB; browser load ${index.toFixed(0)} ms (empty ${empty.toFixed(0)} ms)`
  )
  if (history) {
    const budget = history.ms + SITE_MS_PER_PAGE * models
    rows.push([
      `CLI site ÷ (history + ${SITE_MS_PER_PAGE} ms × pages)`,
      label,
      built.ms.toFixed(0),
      (built.ms / budget).toFixed(2),
      built.peakMb.toFixed(0)
    ])
    siteNotes.push(
      `${label}: history ${history.ms.toFixed(0)} ms, so the site's budget is ${budget.toFixed(0)} ms; ` +
        `the site took ${built.ms.toFixed(0)} ms (${((built.ms - history.ms) / models).toFixed(1)} ms per model page beyond history)`
    )
  }
}

const rows: string[][] = []
const promoteDiffs: string[] = []
const baseline: Measure = {
  ms: median(Array.from({ length: REPEATS }, () => timeOnce('-e', ['0'], scratch, {}))),
  peakMb: peakOf(NODE, [], scratch, {})
}
/** A row's ratio: to the `node -e 0` runs made between its runs, else to the one at the start. */
const nodeMsOf = (value: Measure) => value.nodeMs ?? baseline.ms
function row(workload: string, models: string, value: Measure, reference?: Measure) {
  rows.push([
    workload,
    models,
    value.ms.toFixed(0),
    (value.ms / (reference?.ms ?? nodeMsOf(value))).toFixed(2),
    value.peakMb.toFixed(0)
  ])
  console.error(
    `  ${workload} (${models}): ${value.ms.toFixed(0)} ms, ${(value.ms / nodeMsOf(value)).toFixed(2)}× node -e 0 ` +
      `(${nodeMsOf(value).toFixed(0)} ms), ${value.peakMb.toFixed(0)} MB`
  )
}

try {
  console.error(`node -e 0: ${baseline.ms.toFixed(0)} ms`)
  for (const models of MODEL_COUNTS) {
    const text = manifest(models)
    const repo = repository(`m${models}`, text)
    const file = path.join(repo, 'model-stages.yaml')
    const label = `${models} (${(text.length / 1024 / 1024).toFixed(2)} MB)`
    if (SITE_MODEL_COUNTS.includes(models)) await siteRows(repo, `${label}, 1 commit`, models)
    if (ONLY_SITE) continue
    row('CLI show MODEL', label, measure(CLI, ['show', `model-${Math.floor(models / 2)}`], repo))
    row('CLI lint', label, measure(CLI, ['lint'], repo))
    row('CLI status', label, measure(CLI, ['status'], repo))
    row(
      'CLI promote',
      label,
      measure(CLI, ['promote', `model-${Math.floor(models / 2)}`], repo, {}, () => writeFileSync(file, text))
    )
    // The promotion's diff: only the lines whose values changed (the two stage lines), however large the file.
    const [added, removed] = execFileSync('git', ['diff', '--numstat'], {
      cwd: repo,
      encoding: 'utf8'
    }).split('\t')
    console.error(`    promote diff: +${added} −${removed} lines`)
    promoteDiffs.push(`${models} models: +${added} −${removed}`)
    const actionEnv = {
      INPUT_COMMAND: 'show',
      INPUT_MODEL: `model-${Math.floor(models / 2)}`,
      INPUT_MANIFEST: 'model-stages.yaml',
      INPUT_TO: 'production',
      INPUT_MODE: 'dry-run',
      INPUT_TOKEN: 't',
      GITHUB_OUTPUT: path.join(scratch, 'output'),
      GITHUB_STEP_SUMMARY: path.join(scratch, 'summary')
    }
    writeFileSync(actionEnv.GITHUB_OUTPUT, '')
    writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '')
    const cliShow = measure(CLI, ['show', `model-${Math.floor(models / 2)}`], repo)
    const actionShow = measure(ACTION, [], repo, actionEnv)
    rows.push([
      'action show ÷ CLI show',
      String(models),
      actionShow.ms.toFixed(0),
      (actionShow.ms / cliShow.ms).toFixed(2),
      actionShow.peakMb.toFixed(0)
    ])
  }

  if (!ONLY_SITE) await otherRows()

  // BENCH_HISTORY=0 leaves out the history rows (building their repositories takes minutes).
  const historySizes = ONLY_SITE ? [1000] : [10, 1000]
  for (const models of process.env.BENCH_HISTORY === '0' ? [] : historySizes) {
    const started = performance.now()
    const repo = await historyRepository(`h${models}`, models)
    console.error(
      `  built ${COMMITS} commits of a ${models}-model manifest in ${((performance.now() - started) / 1000).toFixed(0)} s`
    )
    const size = readFileSync(path.join(repo, 'model-stages.yaml')).length / 1024 / 1024
    const label = `${models} (${size.toFixed(2)} MB)`
    const history = measure(CLI, ['history', '--json'], repo)
    row(`CLI history, ${COMMITS} commits`, label, history)
    if (SITE_MODEL_COUNTS.includes(models) && models > 10)
      await siteRows(repo, `${label}, ${COMMITS} commits`, models, history)
    if (models === 10 && !ONLY_SITE) {
      const oneCommit = repository('h10-one', readFileSync(path.join(repo, 'model-stages.yaml'), 'utf8'))
      const long = measure(CLI, ['show', 'model-3'], repo)
      const short = measure(CLI, ['show', 'model-3'], oneCommit)
      rows.push([
        `CLI show, ${COMMITS} commits ÷ 1 commit`,
        '10',
        long.ms.toFixed(0),
        (long.ms / short.ms).toFixed(2),
        long.peakMb.toFixed(0)
      ])
    }
  }

  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`
  console.log(
    `Measured on ${machine}; node -e 0 took ${baseline.ms.toFixed(0)} ms at the start; medians of ${SHORT_REPEATS} runs ` +
      `(${REPEATS} for a workload that takes a second or more), each after a run of node -e 0.\n`
  )
  console.log('| workload | models | median ms | ratio | peak MB |')
  console.log('| --- | --- | ---: | ---: | ---: |')
  for (const cells of rows) console.log(`| ${cells.join(' | ')} |`)
  console.log(
    "\nratio: to the `node -e 0` runs made between the row's own runs, except the rows marked ÷, which compare " +
      'the two runs they name.'
  )
  if (promoteDiffs.length > 0)
    console.log(`\nLines each promotion changed (git diff --numstat): ${promoteDiffs.join('; ')}.`)
  if (siteNotes.length > 0) console.log(`\nSite:\n${siteNotes.map(note => `- ${note}`).join('\n')}`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

/** Every row but the site's and the history's: the alias bomb, a 1 GB digest, evaluate --jobs. */
async function otherRows(): Promise<void> {
  const bomb = repository('bomb', aliasBomb())
  for (const command of [['lint'], ['show', 'm'], ['promote', 'm']])
    row(`CLI ${command[0]}, an alias bomb (refused)`, '1', measure(CLI, command, bomb, {}, undefined, 2))

  // A 1 GB artifact: verify takes its digest in one streamed read, against sha256sum on the same file.
  const artifacts = repository(
    'digest',
    'version: 1\nmodels:\n  big:\n    versions:\n      "1.0.0":\n        stage: production\n' +
      `        uri: artifact.bin\n        digest: sha256:${'0'.repeat(64)}\n`
  )
  const artifact = path.join(artifacts, 'artifact.bin')
  const block = Buffer.alloc(1 << 20, 0x5a)
  writeFileSync(artifact, '')
  for (let mb = 0; mb < 1024; mb++) writeFileSync(artifact, block, { flag: 'a' })
  const sha256sum = median(
    Array.from({ length: REPEATS }, () => {
      const started = performance.now()
      if (spawnSync('sha256sum', [artifact]).status !== 0) throw new Error('sha256sum failed')
      return performance.now() - started
    })
  )
  // The recorded digest is not the file's: verify reports drift and exits 1, after reading the whole file.
  const verify = measure(CLI, ['verify'], artifacts, {}, undefined, 1)
  rows.push([
    'CLI verify, a 1 GB artifact ÷ sha256sum',
    '1',
    verify.ms.toFixed(0),
    (verify.ms / sha256sum).toFixed(2),
    verify.peakMb.toFixed(0)
  ])
  rmSync(artifact)

  // Four candidates whose validations take two seconds each: one after another, and four at once.
  const jobs = repository(
    'jobs',
    'version: 1\ndefaults:\n  validate: sleep 2\nmodels:\n' +
      [1, 2, 3, 4].map(m => `  model-${m}:\n    versions:\n      "1.0.0": { stage: staging }\n`).join('')
  )
  const oneAtATime = measure(CLI, ['evaluate', '--dry-run'], jobs)
  const fourAtOnce = measure(CLI, ['evaluate', '--dry-run', '--jobs', '4'], jobs)
  rows.push([
    'CLI evaluate --jobs 4 ÷ one at a time',
    '4 (2 s validations)',
    fourAtOnce.ms.toFixed(0),
    (fourAtOnce.ms / oneAtATime.ms).toFixed(2),
    fourAtOnce.peakMb.toFixed(0)
  ])
}
