import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir()
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    stdio: 'pipe'
  }).trimEnd()
}

export interface TestRepo {
  root: string
  /** The work tree: a clone of origin. */
  work: string
  /** The bare repository that is the clone's origin. */
  origin: string
  read(file?: string): string
  write(text: string, file?: string): void
  commit(message: string, text?: string, file?: string): string
  /** The file as it is on origin's branch. */
  originFile(branch?: string, file?: string): string
  cleanup(): void
}

/** A bare origin and a clone of it, on branch main, with the manifest committed and pushed. */
export function createRepo(manifest: string, file = 'model-stages.yaml'): TestRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'model-stages-test-'))
  const origin = path.join(root, 'origin.git')
  const work = path.join(root, 'work')
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin)
  git(root, 'clone', '--quiet', origin, work)
  git(work, 'checkout', '--quiet', '-B', 'main')
  const repo: TestRepo = {
    root,
    work,
    origin,
    read: (name = file) => readFileSync(path.join(work, name), 'utf8'),
    write: (text, name = file) => writeFileSync(path.join(work, name), text),
    commit(message, text, name = file) {
      if (text !== undefined) repo.write(text, name)
      git(work, 'add', '-A')
      git(work, 'commit', '--quiet', '-m', message)
      git(work, 'push', '--quiet', 'origin', 'HEAD:main')
      return git(work, 'rev-parse', 'HEAD')
    },
    originFile: (branch = 'main', name = file) => git(origin, 'show', `${branch}:${name}`) + '\n',
    cleanup: () => rmSync(root, { recursive: true, force: true })
  }
  repo.commit('Add the stage manifest', manifest)
  return repo
}
