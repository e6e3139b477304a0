import { afterAll, afterEach, beforeAll, expect } from '@jest/globals'
import { EXAMPLE_MANIFEST } from './fixtures.js'
import { GitHubStub } from './github-stub.js'
import { createRepo, type TestRepo } from './repo.js'

/** The example repository with its validation commands replaced by `validate`. */
export function createExampleRepo(validate: string): TestRepo {
  const quoted = `'${validate.replaceAll("'", "''")}'`
  return createRepo(
    EXAMPLE_MANIFEST.replace('./scripts/validate-model.sh --min-auc 0.85', quoted).replace(
      './scripts/validate-model.sh   #',
      `${quoted}   #`
    )
  )
}

/**
 * Per test file: a GitHub REST stub for the whole file (held to GitHub's REST description after each test), and a fresh repository per test that is removed after it.
 * `use` registers a repository for clean-up and returns it.
 */
export function endToEndFixture() {
  const state: { stub: GitHubStub; repos: TestRepo[] } = { stub: new GitHubStub(), repos: [] }
  beforeAll(async () => {
    await state.stub.start()
  })
  afterAll(async () => state.stub.stop())
  afterEach(() => {
    for (const repo of state.repos.splice(0)) repo.cleanup()
    const violations = [...state.stub.violations]
    state.stub.reset()
    // Every request the product made is one GitHub takes, and every answer the stub gave is one GitHub gives.
    expect(violations).toEqual([])
  })
  return {
    get stub() {
      return state.stub
    },
    use(repo: TestRepo): TestRepo {
      state.repos.push(repo)
      return repo
    },
    exampleRepo(validate: string): TestRepo {
      return this.use(createExampleRepo(validate))
    }
  }
}
