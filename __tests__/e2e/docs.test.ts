import { describe, expect, it } from '@jest/globals'
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse, parseDocument } from 'yaml'
import { optionsOf } from '../../src/cli/arguments.js'
import { COMMANDS } from '../../src/commands/request.js'
import { checkManifest } from '../../src/manifest/read.js'
import { PROJECT_ROOT } from '../helpers/run-action.js'

/** The pages a user reads: the README and every page under docs/, by their path in the repository. */
const pages: Array<[string, string]> = [
  'README.md',
  ...readdirSync(path.join(PROJECT_ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
].map(name => [name, readFileSync(path.join(PROJECT_ROOT, name), 'utf8')])

const yamlBlocks: Array<[string, string]> = pages.flatMap(([name, text]) =>
  [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match, index): [string, string] => [
    `${name} yaml block ${index + 1}`,
    match[1] ?? ''
  ])
)

/** The anchors GitHub gives a page's headings: lowercase, punctuation dropped, spaces as dashes. */
function headingAnchors(text: string): Set<string> {
  const outsideCode = text.replace(/^```[\s\S]*?^```$/gm, '')
  return new Set(
    [...outsideCode.matchAll(/^#{1,6} (.+)$/gm)].map(match =>
      (match[1] ?? '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-')
    )
  )
}

/** The code spans in the first column of the markdown table that follows a heading. */
function tableKeys(text: string, heading: string): string[] {
  const start = text.indexOf(`\n${heading}\n`)
  if (start < 0) return []
  const rows = text.slice(start).split('\n')
  const table = rows.slice(rows.findIndex(line => line.startsWith('|')))
  return table
    .slice(
      2,
      table.findIndex(line => !line.startsWith('|'))
    )
    .flatMap(line => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map(match => match[1] ?? ''))
}

function workflowFiles(folder: string): Array<[string, string]> {
  const absolute = path.join(PROJECT_ROOT, folder)
  return readdirSync(absolute)
    .filter(name => name.endsWith('.yml') || name.endsWith('.yaml'))
    .map(name => [`${folder}/${name}`, readFileSync(path.join(absolute, name), 'utf8')])
}

/** Every error GitHub's own parser finds in a workflow: YAML, schema, and expressions. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map(error => error.message)
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value)
    errors.push(...(template.errors ?? []).map(error => error.Message))
  }
  return [...new Set(errors)]
}

/** A README snippet of steps becomes a one-job workflow, so that the parser checks it as GitHub would. */
function asWorkflow(block: string): string {
  if (/^jobs:/m.test(block)) return block
  const steps = block
    .split('\n')
    .map(line => `      ${line}`)
    .join('\n')
  return `on: push\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`
}

const examples = workflowFiles('examples/workflows')
const project = workflowFiles('.github/workflows')

describe('docs that run as written', () => {
  it('the README and docs/ show yaml blocks, and every example workflow is a file', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(8)
    expect(pages.map(([name]) => name)).toEqual(expect.arrayContaining(['docs/action.md', 'docs/cli.md']))
    expect(examples.length).toBeGreaterThanOrEqual(5)
    expect(project.map(([name]) => name).sort()).toEqual([
      '.github/workflows/check-dist.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
      '.github/workflows/self-test.yml'
    ])
  })

  it.each(yamlBlocks)('%s has no error', async (name, block) => {
    expect(parseDocument(block).errors.map(error => error.message)).toEqual([])
    if (/^models:/m.test(block)) {
      expect((await checkManifest(block, name)).problems).toEqual([])
      return
    }
    expect(await workflowErrors(name, asWorkflow(block))).toEqual([])
  })

  it.each(pages)('every link of %s leads to a file, and every anchor to a heading', (name, text) => {
    const outsideCode = text.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '')
    const broken: string[] = []
    for (const [, target = ''] of outsideCode.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue
      const [file = '', anchor] = target.split('#')
      const resolved = file === '' ? name : path.join(path.dirname(name), file)
      if (!existsSync(path.join(PROJECT_ROOT, resolved))) broken.push(`${target}: no ${resolved}`)
      else if (anchor !== undefined && resolved.endsWith('.md')) {
        const anchors = headingAnchors(readFileSync(path.join(PROJECT_ROOT, resolved), 'utf8'))
        if (!anchors.has(anchor)) broken.push(`${target}: no heading #${anchor} in ${resolved}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('nothing a user copies names a placeholder owner that is not explained', () => {
    const copied = [
      ...pages,
      ...examples,
      [
        'src/manifest/template.ts',
        readFileSync(path.join(PROJECT_ROOT, 'src/manifest/template.ts'), 'utf8')
      ] as [string, string]
    ]
    for (const [name, text] of copied) {
      expect([name, /your-org|example-org/.test(text)]).toEqual([name, false])
      for (const line of text.split('\n').filter(line => /^\s*(- )?uses: OWNER\//.test(line)))
        expect([name, line]).toEqual([name, expect.stringContaining('# OWNER:')])
    }
  })

  it('docs/action.md lists exactly the inputs and outputs of action.yml', () => {
    const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
    }
    const page = readFileSync(path.join(PROJECT_ROOT, 'docs/action.md'), 'utf8')
    expect(tableKeys(page, '## Inputs').sort()).toEqual(Object.keys(action.inputs).sort())
    expect(tableKeys(page, '## Outputs').sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('docs/cli.md shows every command and every option of the CLI', () => {
    const page = readFileSync(path.join(PROJECT_ROOT, 'docs/cli.md'), 'utf8')
    for (const command of COMMANDS) {
      expect([command, page.includes(`model-stages ${command}`)]).toEqual([command, true])
      for (const option of Object.keys(optionsOf(command)))
        expect([command, option, page.includes(`--${option}`)]).toEqual([command, option, true])
    }
  })

  it.each([...examples, ...project])(
    '%s parses with GitHub’s workflow parser, without error',
    async (name, text) => {
      expect(await workflowErrors(name, text)).toEqual([])
    }
  )

  it('dist/ carries the licence notices of the bundled packages, those of on-demand chunks among them', () => {
    const notices = readFileSync(path.join(PROJECT_ROOT, 'dist', 'licenses.txt'), 'utf8')
    const packages = notices
      .split('\n')
      .filter((line, index, lines) => /^[@\w./-]+$/.test(line) && /^[\w.-]+$/.test(lines[index + 1] ?? ''))
    for (const name of ['@actions/core', 'undici', '@actions/github', '@octokit/core', 'yaml', 'zod', 'diff'])
      expect(packages).toContain(name)
  })

  it('every example manifest passes the checks', async () => {
    const manifests = readdirSync(path.join(PROJECT_ROOT, 'examples'))
      .map(folder => path.join(PROJECT_ROOT, 'examples', folder, 'model-stages.yaml'))
      .filter(file => existsSync(file))
    expect(manifests.length).toBeGreaterThanOrEqual(2)
    for (const file of manifests)
      expect((await checkManifest(readFileSync(file, 'utf8'), file)).problems).toEqual([])
  })

  it('every complete workflow in the README and docs/ is one of examples/workflows, as written', () => {
    const complete = yamlBlocks.filter(([, block]) => /^jobs:/m.test(block))
    for (const [, block] of complete) expect(examples.map(([, text]) => text)).toContain(block)
  })
})
