import { describe, expect, it } from '@jest/globals'
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument } from 'yaml'
import { checkManifest } from '../../src/manifest/read.js'
import { PROJECT_ROOT } from '../helpers/run-action.js'

const README = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')
const yamlBlocks = [...README.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(match => match[1] ?? '')

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
  it('the README shows yaml blocks, and every example workflow is a file', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(8)
    expect(examples.length).toBeGreaterThanOrEqual(5)
    expect(project.map(([name]) => name).sort()).toEqual([
      '.github/workflows/check-dist.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
      '.github/workflows/self-test.yml'
    ])
  })

  it.each(yamlBlocks.map((block, index) => [index + 1, block] as const))(
    'README yaml block %i has no error',
    async (index, block) => {
      expect(parseDocument(block).errors.map(error => error.message)).toEqual([])
      if (/^models:/m.test(block)) {
        expect((await checkManifest(block, `README block ${index}`)).problems).toEqual([])
        return
      }
      expect(await workflowErrors(`README block ${index}`, asWorkflow(block))).toEqual([])
    }
  )

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

  it('every complete workflow in the README is one of examples/workflows, as written', () => {
    const complete = yamlBlocks.filter(block => /^jobs:/m.test(block))
    for (const block of complete) expect(examples.map(([, text]) => text)).toContain(block)
  })
})
