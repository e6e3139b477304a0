import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ManifestError } from '../../src/manifest/problems.js'
import { readStageMap } from '../../src/manifest/read.js'
import { StageTracker } from '../../src/manifest/stage-tracker.js'
import { STAGES } from '../../src/manifest/names.js'
import { diffStages, type StageChange, type StageMap } from '../../src/stages/states.js'
import { endToEndFixture } from '../helpers/example-repo.js'
import { createRepo, git, GIT_ENV } from '../helpers/repo.js'
import { PROJECT_ROOT } from '../helpers/run-action.js'

/** A small seeded generator, so that a failing history can be made again. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    below: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p
  }
}

interface Model {
  name: string
  flow: boolean
  comment?: string
  versions: Array<{ name: string; stage: string; uri?: string; metrics?: boolean; note?: string }>
}

function render(models: Model[], header: string, crlf: boolean): string {
  const lines = [header, 'version: 1', 'models:']
  for (const model of models) {
    if (model.comment) lines.push(`  # ${model.comment}`)
    lines.push(`  ${model.name}:`, '    validate: "true"', '    versions:')
    for (const v of model.versions) {
      if (model.flow) {
        lines.push(`      "${v.name}": { stage: ${v.stage}${v.uri ? `, uri: ${v.uri}` : ''} }`)
        continue
      }
      // A note: a comment less indented than the versions, and a block scalar with lines that look like keys.
      if (v.note) lines.push(`    # about ${v.name}`)
      lines.push(`      "${v.name}":`, `        stage: ${v.stage}   # note`)
      if (v.note)
        lines.push(
          '        description: |',
          `          ${v.note}`,
          '          "9.9":',
          '            stage: production'
        )
      if (v.uri) lines.push(`        uri: ${v.uri}`)
      if (v.metrics)
        lines.push('        metrics: { auc: 0.9 }', '        metadata:', '          stage: not-a-stage')
    }
  }
  return lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n')
}

/** A history of manifest texts with the edits people make: moves, registrations, new models, comments, breakage. */
function randomHistory(seed: number, length: number): string[] {
  const rng = random(seed)
  const models: Model[] = Array.from({ length: 3 + rng.below(4) }, (_, m) => ({
    name: `model-${m}`,
    flow: rng.chance(0.3),
    versions: Array.from({ length: 1 + rng.below(3) }, (_, v) => ({ name: `1.${v}`, stage: 'staging' }))
  }))
  let header = '# stage manifest'
  const crlf = rng.chance(0.15)
  const texts: string[] = []
  for (let step = 0; step < length; step++) {
    const model = rng.pick(models)
    const action = rng.below(13)
    if (action < 5) {
      const version = rng.pick(model.versions)
      // 'prod' is a stage no pipeline declares; 5 is no stage name at all (read as a number, and left out).
      version.stage = rng.pick([...STAGES, 'prod', '5'])
    } else if (action < 7) {
      model.versions.push({
        name: `${2 + step}.0`,
        stage: 'staging',
        uri: rng.chance(0.5) ? `s3://m/${step}` : undefined,
        metrics: rng.chance(0.3)
      })
    } else if (action === 7) {
      models.splice(rng.below(models.length + 1), 0, {
        name: `new-${step}`,
        flow: rng.chance(0.5),
        versions: [{ name: '0.1', stage: 'staging' }]
      })
    } else if (action === 8) {
      model.comment = rng.chance(0.5) ? `note ${step}` : undefined
    } else if (action === 9) {
      header = `# stage manifest, edit ${step}${rng.chance(0.3) ? '\ndefaults:\n  validate: "make eval"' : ''}`
    } else if (action === 10) {
      model.flow = !model.flow
    } else if (action === 11) {
      const version = rng.pick(model.versions)
      if (rng.chance(0.2)) version.name = `${version.name}.${step}`
      else version.note = rng.chance(0.7) ? `note ${step}` : undefined
    } else if (models.length > 1 && rng.chance(0.3)) {
      models.splice(models.indexOf(model), 1)
    }
    let text = render(models, header, crlf)
    if (rng.chance(0.04)) text = text.replace('versions:', 'versions: [') // a broken commit
    if (rng.chance(0.03)) text = text.replace('validate: "true"', 'validate: &cmd "true"') // an anchor
    if (rng.chance(0.03)) text = text.replace(/stage: (\w+)/, 'stage:   $1') // only spacing
    texts.push(text)
  }
  return texts
}

/** The reference: every revision read whole; an unreadable one is skipped (and told), as history does. */
function wholeReads(texts: readonly string[]): Array<StageChange[] | 'broken'> {
  let previous: StageMap = new Map()
  return texts.map(text => {
    let stages: StageMap
    try {
      stages = readStageMap(text, 'm.yaml')
    } catch (error) {
      if (error instanceof ManifestError) return 'broken'
      throw error
    }
    const changes = diffStages(previous, stages)
    previous = stages
    return changes
  })
}

describe('history at scale', () => {
  it('following the changes gives what reading every revision whole gives, on 40 random histories', () => {
    let revisions = 0
    let readWhole = 0
    let readFromEntries = 0
    for (let seed = 1; seed <= 40; seed++) {
      const texts = randomHistory(seed, 150)
      const tracker = new StageTracker()
      const followed = texts.map(text => {
        const reading = tracker.next(Buffer.from(text, 'utf8'), 'm.yaml')
        return 'changes' in reading ? reading.changes : 'broken'
      })
      expect({ seed, changes: followed }).toEqual({ seed, changes: wholeReads(texts) })
      revisions += texts.length
      readWhole += tracker.wholeReads
      readFromEntries += tracker.entryReads
    }
    expect(revisions).toBe(6000)
    // Most revisions were read from their changed blocks alone; the rest (new models, breakage, anchors) whole.
    expect(readWhole).toBeLessThan(revisions * 0.4)
    expect(readWhole).toBeGreaterThan(40)
    // Of those, many from the version entries around the change (a move, a note), under their model's key.
    expect(readFromEntries).toBeGreaterThan(revisions * 0.08)
  })

  const fixture = endToEndFixture()

  it('reads a history far larger than its memory: every revision streamed and dropped', async () => {
    const repo = fixture.use(createRepo('version: 1\nmodels: {}\n'))
    const models = 2000
    const commits = 1200
    const stages = Array.from({ length: models }, () => ['production', 'staging'])
    const chunks: string[] = []
    let total = 0
    for (let c = 0; c < commits; c++) {
      const m = (c * 7919) % models
      const pair = stages[m] ?? []
      stages[m] = [
        pair[1] === 'staging' ? 'archived' : 'production',
        pair[1] === 'staging' ? 'production' : 'staging'
      ]
      const lines = ['version: 1', 'models:']
      stages.forEach(([a, b], index) =>
        lines.push(
          `  m-${index}:`,
          '    versions:',
          `      "1": { stage: ${a} }`,
          `      "2": { stage: ${b} }`
        )
      )
      const content = lines.join('\n') + '\n'
      total += content.length
      chunks.push(
        `commit refs/heads/main\ncommitter T <t@example.com> ${1_700_000_000 + c} +0000\ndata 1\nc\n` +
          `${c === 0 ? 'from refs/heads/main^0\n' : ''}M 100644 inline model-stages.yaml\ndata ${content.length}\n${content}\n`
      )
    }
    await new Promise<void>((resolve, reject) => {
      const importer = spawn('git', ['fast-import', '--quiet', '--force'], {
        cwd: repo.work,
        env: { ...process.env, ...GIT_ENV }
      })
      importer.on('error', reject)
      importer.on('close', code => (code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`))))
      importer.stdin.end(chunks.join(''))
    })
    git(repo.work, 'reset', '--quiet', '--hard', 'main')
    expect(total).toBeGreaterThan(150 * 1024 * 1024)

    const cli = spawn(
      process.execPath,
      ['--max-old-space-size=64', path.join(PROJECT_ROOT, 'dist', 'cli.js'), 'history', 'm-1919'],
      {
        cwd: repo.work,
        env: { PATH: process.env.PATH ?? '', ...GIT_ENV }
      }
    )
    let peakKb = 0
    const watch = setInterval(() => {
      const status = (() => {
        try {
          return readFileSync(`/proc/${cli.pid}/status`, 'utf8')
        } catch {
          return ''
        }
      })()
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))
    }, 10)
    let stdout = ''
    cli.stdout.on('data', chunk => (stdout += String(chunk)))
    const exitCode = await new Promise(resolve => cli.on('close', resolve))
    clearInterval(watch)
    expect(exitCode).toBe(0)
    expect(stdout.split('\n').filter(line => line.includes('m-1919@')).length).toBeGreaterThan(2)
    // Holding the revisions would take the history's size in buffers and as much again in a 64 MB heap; streaming
    // completes within that heap, and the whole process stays well under the history's size.
    expect(peakKb).toBeGreaterThan(0)
    expect(peakKb * 1024).toBeLessThan(total * 0.75)
  })
})
