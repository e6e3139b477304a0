import { describe, expect, it } from '@jest/globals'
import { escapeHtml, link, safeHref } from '../../../src/site/escape.js'

describe('escaping manifest text for a page', () => {
  it('escapes what could open an element or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;'
    )
  })

  it('links only http(s) and relative addresses', () => {
    for (const good of [
      'https://example.com/a?b=1',
      'http://x.org',
      'models/a.html',
      '../index.html',
      '#top'
    ])
      expect(safeHref(good)).toBe(good)
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//evil.example/x',
      'https:\\\\evil',
      'https://',
      ''
    ])
      expect(safeHref(bad)).toBeUndefined()
  })

  it('a refused address stays text, escaped', () => {
    expect(link('javascript:alert(1)', 'javascript:alert(1)')).toBe('javascript:alert(1)')
    expect(link('a "b"', 'https://example.com/?q="x"')).toBe(
      '<a href="https://example.com/?q=&quot;x&quot;">a &quot;b&quot;</a>'
    )
  })
})
