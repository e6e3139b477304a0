import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createRepo, git, GIT_ENV, type TestRepo } from '../helpers/repo.js'
import { PROJECT_ROOT, runAction } from '../helpers/run-action.js'
import { runCliWith } from '../helpers/run-cli.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const OUTPUT = path.join(PROJECT_ROOT, '__tests__', 'output', 'site')
const REPO_URL = 'https://github.com/acme/models'
const HOSTILE_SCRIPT = '<script>window.__pwned = 1</script>'
const HOSTILE_URI = '"onload=window.__pwned=2 x'
// git keeps no angle brackets in a name: quotes are what an author's name can carry into an attribute.
const HOSTILE_AUTHOR = 'Mallory "onmouseover=window.__pwned=3 x'
const HOSTILE_REASON = 'Hotfix for the <script>window.__pwned=4</script> outage'

const MANIFEST = `version: 1
defaults:
  validate: "true"
  gates:
    auc: { min: 0.8, max_regression: 0.02 }
models:
  churn-classifier:
    versions: {}
  fraud-detector:
    gates:
      recall: { min: 0.7 }
    versions: {}
`

let repo: TestRepo
let browser: Browser
let site: string
const commits: Record<string, string> = {}
let day = 0

interface Violation {
  id: string
  impact: string
  help: string
}

/** One CLI call as a person on `author` makes it, a day after the one before. */
async function step(author: string, ...args: string[]): Promise<void> {
  day++
  const date = `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`
  const env = {
    PATH: process.env.PATH ?? '',
    ...GIT_ENV,
    GIT_AUTHOR_NAME: author,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date
  }
  const run = await runCliWith(env, repo.work, ...args)
  if (run.exitCode !== 0) throw new Error(`${args.join(' ')} exited ${run.exitCode}: ${run.stderr}`)
}

/**
 * A registry with a real history: churn-classifier registered and promoted three times, rolled back, then forced
 * past its regression gate with a reason; fraud-detector promoted in a squash-merged pull request (#12). Hostile
 * text sits in a description, a uri, metadata, an author's name and an override's reason.
 */
async function buildHistory(): Promise<void> {
  repo = createRepo(MANIFEST)
  const churn = 'churn-classifier'
  await step(
    'Ada',
    'register',
    churn,
    '1.0.0',
    '--metric',
    'auc=0.84',
    '--uri',
    's3://models/churn/1.0.0',
    '--commit'
  )
  await step('Ada', 'promote', churn, '1.0.0', '--commit')
  commits.firstPromotion = git(repo.work, 'rev-parse', 'HEAD')
  await step(
    'Grace',
    'register',
    churn,
    '1.1.0',
    '--metric',
    'auc=0.87',
    '--uri',
    HOSTILE_URI,
    '--description',
    HOSTILE_SCRIPT,
    '--meta',
    'link=javascript:alert(1)',
    '--meta',
    'card=https://example.com/cards/1.1.0',
    '--commit'
  )
  await step('Grace', 'promote', churn, '1.1.0', '--commit')
  await step('Grace', 'register', churn, '1.2.0', '--metric', 'auc=0.88', '--commit')
  await step('Grace', 'promote', churn, '1.2.0', '--commit')
  commits.beforeRollback = git(repo.work, 'rev-parse', 'HEAD')
  await step('Linus', 'rollback', churn, '--commit')
  await step(HOSTILE_AUTHOR, 'register', churn, '1.3.0', '--metric', 'auc=0.83', '--commit')
  await step('Linus', 'promote', churn, '1.3.0', '--force', '--reason', HOSTILE_REASON, '--commit')
  commits.override = git(repo.work, 'rev-parse', 'HEAD')
  await step('Ada', 'register', 'fraud-detector', '2.0.0', '--metric', 'recall=0.75', '--commit')
  await step('Ada', 'promote', 'fraud-detector', '2.0.0')
  // Merged as a squashed pull request: the subject names it.
  execFileSync('git', ['commit', '--quiet', '-am', 'Promote fraud-detector 2.0.0 (#12)'], {
    cwd: repo.work,
    env: {
      ...process.env,
      ...GIT_ENV,
      GIT_AUTHOR_DATE: '2026-03-13T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-03-13T10:00:00Z'
    }
  })
}

async function buildSite(...args: string[]): Promise<string> {
  const run = await runCliWith({ PATH: process.env.PATH ?? '', ...GIT_ENV }, repo.work, 'site', ...args)
  expect(run.stderr).toBe('')
  expect(run.exitCode).toBe(0)
  return run.stdout
}

beforeAll(async () => {
  await buildHistory()
  site = path.join(repo.root, 'site')
  const said = await buildSite('--out', site, '--repo-url', `${REPO_URL}.git`)
  expect(said).toContain('Wrote the registry of 2 models')
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  mkdirSync(OUTPUT, { recursive: true })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  repo?.cleanup()
})

/** A page opened with JavaScript on or off, and every console error and page error it raised. */
async function open(file: string, javaScriptEnabled: boolean): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1200, height: 900 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', message => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text())
  })
  page.on('pageerror', error => errors.push(error.message))
  await page.goto(pathToFileURL(path.join(site, file)).href, { waitUntil: 'load' })
  return { page, errors }
}

/** Points a chart draws: the symbols (or bars) of one series, as ECharts' server-side renderer marks them. */
async function points(page: Page, chart: number, series: number): Promise<number> {
  return page
    .locator('svg.chart')
    .nth(chart)
    .locator(`path[ecmeta_series_index="${series}"][ecmeta_data_index]`)
    .evaluateAll(
      (paths, timeline) =>
        // A trend's mark lines carry the series' index too; its points are the symbols placed by a transform.
        paths.filter(element => timeline || element.getAttribute('transform')?.startsWith('matrix')).length,
      chart === 0
    )
}

describe('the registry as a site, in a browser', () => {
  it('reads without JavaScript: production versions, model links, timeline and trends with their points', async () => {
    const { page, errors } = await open('index.html', false)
    const churnRow = page.locator('tr[data-name="churn-classifier"]')
    // Columns: model, staging, production, archived, last move, versions.
    await expect(churnRow.locator('td').nth(1).textContent()).resolves.toBe('1.3.0')
    await expect(page.locator('tr[data-name="fraud-detector"] td').nth(1).textContent()).resolves.toBe(
      '2.0.0'
    )
    await expect(churnRow.locator('td').nth(4).textContent()).resolves.toBe('4')
    await expect(churnRow.locator('td').nth(3).textContent()).resolves.toContain('1.3.0 staging → production')
    await expect(page.locator('#model-filter').count()).resolves.toBe(0)
    await page.locator('body').screenshot({ path: path.join(OUTPUT, 'index.png') })

    await churnRow.locator('th a').click()
    await page.waitForURL(/models\/churn-classifier\.html$/)
    await expect(page.locator('h1').textContent()).resolves.toBe('churn-classifier')
    // Production held by 1.0.0, 1.1.0, 1.2.0, 1.1.0 again (the rollback) and 1.3.0.
    await expect(points(page, 0, 0)).resolves.toBe(5)
    // auc of the four versions, and production's marked.
    await expect(points(page, 1, 0)).resolves.toBe(4)
    await expect(points(page, 1, 1)).resolves.toBe(1)
    await expect(page.locator('svg.chart').nth(1).getAttribute('aria-label')).resolves.toContain(
      'gate: min 0.8, max_regression 0.02'
    )
    const promotion = page.locator(`a[href="${REPO_URL}/commit/${commits.firstPromotion}"]`)
    await expect(promotion.count()).resolves.toBeGreaterThan(0)
    const overrides = page.locator('#overrides + div table')
    await expect(overrides.textContent()).resolves.toContain(HOSTILE_REASON)
    await expect(overrides.locator(`a[href="${REPO_URL}/commit/${commits.override}"]`).count()).resolves.toBe(
      1
    )
    await page.screenshot({ path: path.join(OUTPUT, 'model.png'), fullPage: true })

    const fraud = await open('models/fraud-detector.html', false)
    await expect(fraud.page.locator(`a[href="${REPO_URL}/pull/12"]`).count()).resolves.toBeGreaterThan(0)
    await expect(points(fraud.page, 0, 0)).resolves.toBe(1)
    expect([...errors, ...fraud.errors]).toEqual([])
  })

  it('with JavaScript: the filter box, no console errors, no serious accessibility violations', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    for (const file of ['index.html', 'models/churn-classifier.html']) {
      const { page, errors } = await open(file, true)
      // Injected by the test's driver, not by the page: its policy allows no inline script.
      await page.evaluate(axe)
      const violations = await page.evaluate(async () => {
        type Axe = { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> }
        const scope = globalThis as unknown as { axe: Axe; document: unknown }
        // preload off: axe would fetch the stylesheets again, which the page's policy (rightly) refuses.
        const results = await scope.axe.run(scope.document, { preload: false })
        return results.violations.map(({ id, impact, help }) => ({ id, impact, help }))
      })
      expect(violations.filter(v => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
      if (file === 'index.html') {
        await page.locator('#model-filter').fill('fraud')
        await expect(page.locator('#models tbody tr:not([hidden])').count()).resolves.toBe(1)
        await expect(page.locator('#models tbody tr:not([hidden]) th').textContent()).resolves.toBe(
          'fraud-detector'
        )
      }
      expect(errors).toEqual([])
    }
  })

  it('shows hostile manifest text as text, runs none of it, and links no javascript: URL', async () => {
    const { page, errors } = await open('models/churn-classifier.html', true)
    const text = (await page.locator('main').textContent()) ?? ''
    for (const hostile of [
      HOSTILE_SCRIPT,
      HOSTILE_URI,
      HOSTILE_AUTHOR,
      HOSTILE_REASON,
      'javascript:alert(1)'
    ])
      expect(text).toContain(hostile)
    await expect(
      page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)
    ).resolves.toBeUndefined()
    await expect(page.locator('script').count()).resolves.toBe(0)
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll(links => links.map(a => a.getAttribute('href') ?? ''))
    expect(hrefs.filter(href => !/^(https?:\/\/|#|\.\.\/)/.test(href))).toEqual([])
    expect(hrefs).toContain('https://example.com/cards/1.1.0')
    expect(errors).toEqual([])
  })
})

describe('site from the CLI and the action', () => {
  it('--at builds the registry as it was at a commit, and builds again in place', async () => {
    const past = path.join(repo.root, 'past')
    expect(await buildSite('--out', past, '--at', commits.beforeRollback ?? '')).toContain(
      `at ${commits.beforeRollback?.slice(0, 7)}`
    )
    const index = readFileSync(path.join(past, 'index.html'), 'utf8')
    expect(index).toMatch(/data-name="churn-classifier">.*?<td><span class="mono">1\.2\.0<\/span><\/td>/)
    // Built before: the folder is built again; any other folder with files is refused.
    expect(await buildSite('--out', past)).toContain('Wrote the registry of 2 models')
    const refused = await runCliWith(
      { PATH: process.env.PATH ?? '', ...GIT_ENV },
      repo.work,
      'site',
      '--out',
      '.'
    )
    expect(refused.exitCode).toBe(2)
    expect(refused.stderr).toContain('is not a site model-stages built')
  })

  it('the action writes the site and links to the run repository', async () => {
    const run = await runAction({ cwd: repo.work, inputs: { command: 'site', out: '_site' } })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs['site-path']).toBe(path.join(repo.work, '_site'))
    const page = readFileSync(path.join(repo.work, '_site', 'models', 'churn-classifier.html'), 'utf8')
    expect(page).toContain(`href="https://github.example/acme/models/commit/${commits.override}"`)
    expect(existsSync(path.join(repo.work, '_site', 'site.css'))).toBe(true)
    expect(run.summary).toContain('The registry of 2 models')
  })

  it('the job summary of a move shows the model stage timeline', async () => {
    const moved = createRepo(
      'version: 1\ndefaults:\n  validate: "true"\nmodels:\n  churn-classifier:\n    versions:\n' +
        '      "1.0.0": { stage: production }\n      "1.1.0": { stage: staging }\n'
    )
    try {
      const first = git(moved.work, 'rev-parse', 'HEAD')
      const run = await runAction({
        cwd: moved.work,
        inputs: { command: 'promote', model: 'churn-classifier', mode: 'commit' }
      })
      expect(run.exitCode).toBe(0)
      const commit = run.outputs['commit-sha'] ?? ''
      const link = (sha: string) => `[${sha.slice(0, 7)}](https://github.example/acme/models/commit/${sha})`
      expect(run.summary).toContain('### Stage timeline of churn-classifier')
      expect(run.summary).toMatch(
        new RegExp(
          `\\| production \\| \`1\\.1\\.0\` \\| [\\d: -]+ ${escape(link(commit))} \\| \\*\\*now\\*\\* \\|`
        )
      )
      expect(run.summary).toMatch(
        new RegExp(
          `\\| production \\| \`1\\.0\\.0\` \\| [\\d: -]+ ${escape(link(first))} \\| [\\d: -]+ ${escape(link(commit))} \\|`
        )
      )
    } finally {
      moved.cleanup()
    }
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
