import { describe, expect, it } from '@jest/globals'
import { BODY_LIMIT, fitBody, fitLine, fitTitle, TITLE_LIMIT } from '../../../src/adapters/body-limit.js'

const length = (text: string) => Array.from(text).length

describe('bodies GitHub takes', () => {
  it('a body within the limit is sent as it is, up to the last character', () => {
    const text = 'x'.repeat(BODY_LIMIT)
    expect(fitBody(text)).toBe(text)
    // GitHub counts characters: 65,536 emoji are 131,072 UTF-16 units, and still fit.
    const wide = '😀'.repeat(BODY_LIMIT)
    expect(fitBody(wide)).toBe(wide)
  })

  it('a longer body is cut at a line break, says how much was cut, and fits', () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => `line ${index}`)
    const text = lines.join('\n')
    const fitted = fitBody(text)
    expect(length(fitted)).toBeLessThanOrEqual(BODY_LIMIT)
    const [kept = '', note = ''] = fitted.split('\n\n')
    expect(lines.slice(0, kept.split('\n').length)).toEqual(kept.split('\n'))
    expect(note).toBe(
      `**… ${(length(text) - length(kept)).toLocaleString('en-US')} more characters cut: GitHub takes at most 65,536 here.**`
    )
  })

  it('a cut inside a code block in <details> closes both, so the note renders as text', () => {
    const fence = '`'.repeat(12)
    const text = `## Report\n\n<details><summary>Validation output</summary>\n\n${fence}\n${'0123456789\n'.repeat(7000)}${fence}\n</details>\n\nafter`
    const fitted = fitBody(text)
    expect(length(fitted)).toBeLessThanOrEqual(BODY_LIMIT)
    expect(fitted).toMatch(
      new RegExp(`\\n0123456789\\n${fence}\\n</details>\\n\\n\\*\\*… [\\d,]+ more characters cut`)
    )
  })

  it('a fence inside a code block, or a <details> inside one, is text, not structure', () => {
    const text = `~~~~\n\`\`\`\n<details>\n${'y\n'.repeat(40_000)}`
    const fitted = fitBody(text)
    expect(fitted).toMatch(/\ny\n~~~~\n\n\*\*… /)
    expect(fitted).not.toContain('</details>')
  })

  it('a body that is one long line is cut within it, and fits', () => {
    const fitted = fitBody('z'.repeat(200_000))
    expect(length(fitted)).toBeLessThanOrEqual(BODY_LIMIT)
    const [kept = '', note = ''] = fitted.split('\n\n')
    expect(/^z+$/.test(kept)).toBe(true)
    expect(note).toBe(
      `**… ${(200_000 - kept.length).toLocaleString('en-US')} more characters cut: GitHub takes at most 65,536 here.**`
    )
  })
})

describe('titles and descriptions GitHub takes', () => {
  it('are cut with an ellipsis past their limit, counting characters', () => {
    expect(fitTitle('t'.repeat(TITLE_LIMIT))).toBe('t'.repeat(TITLE_LIMIT))
    expect(fitTitle('t'.repeat(TITLE_LIMIT + 1))).toBe(`${'t'.repeat(TITLE_LIMIT - 1)}…`)
    expect(fitLine('😀'.repeat(141), 140)).toBe(`${'😀'.repeat(139)}…`)
  })
})
