import { describe, expect, it } from '@jest/globals'
import type { HistoryEntry } from '../../../src/stages/history.js'
import { stageHoldings } from '../../../src/stages/timeline.js'

let count = 0
function move(version: string, from: string | null, to: string | null, model = 'm'): HistoryEntry {
  count++
  return {
    model,
    version,
    from,
    to,
    commit: `c${count}`,
    author: 'a',
    date: `2026-01-${String(count).padStart(2, '0')}`,
    pullRequest: null
  }
}

describe('stage holdings folded from a history', () => {
  it('follows promotions, a rollback and an archive, whichever move of a commit comes first', () => {
    const entries = [
      move('1', null, 'staging'),
      move('1', 'staging', 'production'),
      move('2', null, 'staging'),
      // The new version listed before the one it replaces.
      move('2', 'staging', 'production'),
      move('1', 'production', 'archived'),
      move('1', 'archived', 'production'),
      move('2', 'production', 'archived'),
      move('other', null, 'production', 'n'),
      move('1', 'production', 'archived')
    ]
    const holdings = stageHoldings(entries, 'm', ['production'])
    expect(holdings.map(h => [h.version, h.since.commit, h.until?.commit ?? null])).toEqual([
      ['1', 'c2', 'c4'],
      ['2', 'c4', 'c6'],
      ['1', 'c6', 'c9']
    ])
  })

  it('a version still in its stage holds it until now', () => {
    const holdings = stageHoldings([move('3', 'staging', 'canary')], 'm', ['canary', 'production'])
    expect(holdings).toEqual([expect.objectContaining({ stage: 'canary', version: '3', until: null })])
  })
})
