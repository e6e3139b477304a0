import { describe, expect, it } from '@jest/globals'
import { linksFromRemote, linksFromRun, linksFromUrl } from '../../../src/site/links.js'

describe("the repository's web address", () => {
  it.each([
    ['git@github.com:acme/models.git', 'https://github.com/acme/models'],
    ['git@github.com:acme/models', 'https://github.com/acme/models'],
    ['https://github.com/acme/models.git', 'https://github.com/acme/models'],
    ['https://x-access-token:secret@github.com/acme/models.git', 'https://github.com/acme/models'],
    ['ssh://git@github.com/acme/models.git', 'https://github.com/acme/models'],
    ['ssh://git@ghe.example.com:2222/acme/models.git', 'https://ghe.example.com/acme/models']
  ])('from the remote %s', (remote, web) => {
    expect(linksFromRemote(remote)?.web).toBe(web)
  })

  it('a local origin gives no links', () => {
    expect(linksFromRemote('/tmp/origin.git')).toBeUndefined()
    expect(linksFromRemote('../origin')).toBeUndefined()
  })

  it('an address given by hand: http(s), without .git, credentials or a trailing slash', () => {
    expect(linksFromUrl('https://user:pw@github.com/acme/models.git/')?.web).toBe(
      'https://github.com/acme/models'
    )
    expect(linksFromUrl('javascript:alert(1)')).toBeUndefined()
    expect(linksFromUrl('ftp://github.com/acme/models')).toBeUndefined()
  })

  it('commit and pull request links, and the run repository', () => {
    const links = linksFromRun('https://github.com/', 'acme', 'models')
    expect(links?.commit('abc')).toBe('https://github.com/acme/models/commit/abc')
    expect(links?.pullRequest(12)).toBe('https://github.com/acme/models/pull/12')
    expect(linksFromRun('https://github.com', '', '')).toBeUndefined()
  })
})
