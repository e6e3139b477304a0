// A real promotion on a throwaway repository: the example in examples/churn, committed to a local bare
// "origin", and the bundled action (dist/index.js) run the way the GitHub runner runs it, in commit mode.
// The log is shown as the Actions UI shows it: groups as headings, workflow commands obeyed, not printed.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const project = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const root = mkdtempSync(path.join(tmpdir(), 'model-stages-demo-'))
const origin = path.join(root, 'origin.git')
const work = path.join(root, 'work')
const identity = {
  GIT_AUTHOR_NAME: 'Demo Trainer',
  GIT_AUTHOR_EMAIL: 'trainer@example.com',
  GIT_COMMITTER_NAME: 'Demo Trainer',
  GIT_COMMITTER_EMAIL: 'trainer@example.com'
}
const git = (cwd, ...args) =>
  execFileSync('git', args, { cwd, env: { ...process.env, ...identity }, encoding: 'utf8' })
const styled = process.stdout.isTTY && !process.env.NO_COLOR
const bold = text => (styled ? `\x1b[1m${text}\x1b[0m` : text)

function heading(text) {
  console.log(`\n${bold(`== ${text}`)}\n`)
}

/** A workflow command's data, unescaped as the runner does (%25 %0D %0A). */
function unescape(data) {
  return data.replaceAll('%0A', '\n').replaceAll('%0D', '\r').replaceAll('%25', '%')
}

/** The step's log as the Actions UI shows it. */
function renderLog(stdout) {
  const shown = []
  let resumeToken
  for (const line of stdout.split('\n')) {
    if (resumeToken !== undefined) {
      if (line === `::${resumeToken}::`) resumeToken = undefined
      else shown.push(line)
      continue
    }
    const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
    if (!command) {
      shown.push(line)
      continue
    }
    const [, name, data] = command
    if (name === 'stop-commands') resumeToken = data
    else if (name === 'group') shown.push(`▸ ${data}`)
    else if (name === 'error' || name === 'warning' || name === 'notice')
      shown.push(`${name[0].toUpperCase()}${name.slice(1)}: ${unescape(data)}`)
    // add-mask, endgroup and debug show nothing in the UI.
  }
  return shown
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function runAction(title, inputs) {
  heading(title)
  const outputFile = path.join(root, 'output')
  const summaryFile = path.join(root, 'summary.md')
  const eventFile = path.join(root, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify({ repository: { default_branch: 'main' } }))
  const env = {
    ...process.env,
    ...identity,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    ),
    INPUT_MANIFEST: 'model-stages.yaml',
    INPUT_TO: 'production',
    INPUT_TOKEN: 'demo-token',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'acme/churn-models',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_ACTOR: 'demo-user'
  }
  const result = spawnSync(process.execPath, [path.join(project, 'dist', 'index.js')], {
    cwd: work,
    env,
    encoding: 'utf8'
  })
  console.log(bold('-- log --'))
  console.log(renderLog(result.stdout))
  if (result.stderr.trim()) console.log(result.stderr.trim())
  console.log(`\n${bold('-- job summary --')}\n${readFileSync(summaryFile, 'utf8').trim()}`)
  console.log(`\n${bold('-- outputs --')}`)
  for (const match of readFileSync(outputFile, 'utf8').matchAll(/^([\w-]+)<<(.+)\n([\s\S]*?)\n\2$/gm)) {
    const value = match[3].length > 100 ? `${match[3].slice(0, 100)}…` : match[3]
    console.log(`${match[1]} = ${value}`)
  }
  console.log(
    `\n${result.status === 0 ? 'The step succeeded.' : `The step failed (exit code ${result.status}).`}`
  )
  return result.status
}

try {
  cpSync(path.join(project, 'examples', 'churn'), work, { recursive: true })
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin)
  git(work, 'init', '--quiet', '--initial-branch=main')
  git(work, 'remote', 'add', 'origin', origin)
  git(work, 'add', '-A')
  git(work, 'commit', '--quiet', '-m', 'Example ML repository with its stage manifest')
  git(work, 'push', '--quiet', 'origin', 'main')

  const promoted = runAction('Promote churn-classifier (its newest staging version) in commit mode', {
    command: 'promote',
    model: 'churn-classifier',
    mode: 'commit'
  })
  const rejected = runAction('Try to promote ticket-ranker: its validation fails, so nothing is written', {
    command: 'promote',
    model: 'ticket-ranker',
    mode: 'commit'
  })
  const history = runAction('Read the archive back from git history', {
    command: 'history',
    model: 'churn-classifier',
    mode: 'commit'
  })

  heading('git log of origin/main')
  console.log(git(origin, 'log', '--format=%h %an%n  %s%n%w(0,2,2)%b', 'main').trim())
  heading('the manifest change')
  console.log(git(origin, 'diff', 'main~1', 'main').trim())

  const expected = promoted === 0 && rejected === 1 && history === 0
  console.log(
    `\n${expected ? 'Demo finished as expected' : 'Demo did not go as expected'} (scratch repository: ${root}, removed).`
  )
  process.exitCode = expected ? 0 : 1
} finally {
  rmSync(root, { recursive: true, force: true })
}
