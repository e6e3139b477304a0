import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lastLines, runValidation } from '../../../src/adapters/validation.js'

const folders: string[] = []
const cwd = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'model-stages-validation-'))
  folders.push(folder)
  return folder
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

describe('validation runner', () => {
  it('passes the model values only through the environment and runs in the given folder', async () => {
    const folder = cwd()
    const hostile = '1.0"; touch pwned; echo "'
    const result = await runValidation({
      command: 'printf "%s|%s|%s" "$MODEL_NAME" "$MODEL_VERSION" "$PWD" > seen.txt',
      cwd: folder,
      env: { MODEL_NAME: 'churn', MODEL_VERSION: hostile }
    })
    expect(result.status).toBe('passed')
    expect(readFileSync(path.join(folder, 'seen.txt'), 'utf8')).toBe(`churn|${hostile}|${folder}`)
    expect(existsSync(path.join(folder, 'pwned'))).toBe(false)
  })

  it('reports a failure with its exit code and the last lines of output', async () => {
    const result = await runValidation({
      command: 'for i in $(seq 1 50); do echo "line $i"; done; echo "auc too low" >&2; exit 7',
      cwd: cwd(),
      env: {},
      tailLines: 3
    })
    expect(result).toMatchObject({ status: 'failed', exitCode: 7, tail: 'line 49\nline 50\nauc too low' })
  })

  it('a timeout kills the whole process tree', async () => {
    const folder = cwd()
    // The grandchild would write the file after 3 s if it survived the timeout.
    const result = await runValidation({
      command: '(sleep 3; touch survived) & sleep 30',
      cwd: folder,
      env: {},
      timeoutSeconds: 0.5
    })
    expect(result.status).toBe('timed-out')
    await new Promise(resolve => setTimeout(resolve, 3500))
    expect(existsSync(path.join(folder, 'survived'))).toBe(false)
  })

  it('streams output as it comes', async () => {
    const chunks: string[] = []
    await runValidation({
      command: 'echo one; echo two',
      cwd: cwd(),
      env: {},
      onOutput: chunk => chunks.push(chunk)
    })
    expect(chunks.join('')).toBe('one\ntwo\n')
  })

  it('keeps the last lines of long output', () => {
    expect(lastLines('a\nb\nc\n\n', 2)).toBe('b\nc')
  })

  it('quotes a progress bar at its last state, and at most 4,000 characters, saying how much was cut', async () => {
    const bar = Array.from({ length: 5000 }, (_, step) => `\r${'#'.repeat(step % 40)} ${step}/4999`).join('')
    expect(lastLines(`training\n${bar}\ndone\r\n`, 30)).toBe(
      `training\n${'#'.repeat(4999 % 40)} 4999/4999\ndone`
    )
    const result = await runValidation({
      command: `seq 1 3000 | awk '{ printf "\\rstep %s of 3000 %s", $1, "${'x'.repeat(30)}" }'; echo; exit 1`,
      cwd: cwd(),
      env: {}
    })
    expect(result.tail).toMatch(/^step 3000 of 3000 x{30}$/)
    const long = lastLines(
      Array.from({ length: 30 }, (_, line) => `${line} ${'y'.repeat(500)}`).join('\n'),
      30
    )
    expect(long.length).toBeLessThan(4100)
    expect(long).toMatch(/^… \(\d+ characters cut\)\n/)
    expect(long.endsWith(`29 ${'y'.repeat(500)}`)).toBe(true)
  })
})
