import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { METRICS_FILE_LIMIT, readMetricsFile } from '../../../src/commands/metrics-file.js'

let folder: string
let file: string
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'model-stages-metrics-test-'))
  file = path.join(folder, 'metrics.json')
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

describe('MODEL_METRICS_FILE', () => {
  it('reads a JSON object of metric name → number; no file or an empty one is nothing measured', async () => {
    expect(await readMetricsFile(file)).toEqual({})
    writeFileSync(file, '')
    expect(await readMetricsFile(file)).toEqual({})
    writeFileSync(file, '{"auc": 0.91, "F1_macro": 0.8, "latency.p99": 120}')
    expect(await readMetricsFile(file)).toEqual({ metrics: { auc: 0.91, F1_macro: 0.8, 'latency.p99': 120 } })
  })

  it.each([
    ['a directory', () => mkdirSync(file), /is a directory/],
    ['a FIFO', () => execFileSync('mkfifo', [file]), /not a regular file/],
    ['a symbolic link', () => symlinkSync('/etc/hostname', file), /symbolic link/],
    [
      'over the size limit',
      () => writeFileSync(file, `{"a": ${'1'.repeat(METRICS_FILE_LIMIT)}}`),
      /bytes, over the/
    ],
    ['not JSON', () => writeFileSync(file, 'auc=0.9'), /does not hold JSON: "auc=0.9"/],
    ['a list', () => writeFileSync(file, '[0.9]'), /must hold a JSON object/],
    ['a repeated key', () => writeFileSync(file, '{"auc": 0.99, "auc": 0.1}'), /duplicate key "auc"/],
    [
      'a name that is not a metric name',
      () => writeFileSync(file, '{"ghp_x y": 1}'),
      /"ghp_x y" is not a metric name/
    ],
    [
      'more than 100 metrics',
      () =>
        writeFileSync(
          file,
          JSON.stringify(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`m${i}`, i])))
        ),
      /101 metrics: at most 100/
    ],
    [
      'a value that is not a number',
      () => writeFileSync(file, '{"auc": "high"}'),
      /metric auc is "\\"high\\"", not a number/
    ]
  ])('%s is an error, never "nothing measured"', async (_name, make, message) => {
    make()
    const reading = await readMetricsFile(file)
    expect(reading.metrics).toBeUndefined()
    expect(reading.error).toMatch(message)
  })

  it('quotes at most 80 characters of what it cannot use', async () => {
    writeFileSync(file, JSON.stringify({ auc: 'x'.repeat(20_000_000) }))
    const big = await readMetricsFile(file)
    expect(big.error).toMatch(/bytes, over the/)
    writeFileSync(file, JSON.stringify({ auc: 'x'.repeat(1000) }))
    const long = await readMetricsFile(file)
    expect(long.error).toMatch(/… \(1002 characters\), not a number$/)
    expect(long.error?.length).toBeLessThan(200)
  })
})
