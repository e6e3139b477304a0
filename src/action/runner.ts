import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'
import { InputError } from '../stages/errors.js'

/*
 * The runner's protocol as the action speaks it: inputs from INPUT_* variables; outputs and the job summary
 * appended to the files the runner names (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY); log lines, groups, masks and
 * annotations as workflow commands on stdout. Written here rather than imported from @actions/core, which loads an
 * HTTP client and undici at every start for OIDC tokens the action never asks for (about 1 MB and 35 ms a run).
 */

/** Where an annotation points: the file and position GitHub shows it at. */
export interface AnnotationPlace {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,…::message`, the values escaped so that no text can end the command early. */
function issue(
  name: string,
  message = '',
  properties: Record<string, string | number | undefined> = {}
): void {
  const given = Object.entries(properties).filter(([, value]) => value !== undefined && value !== '')
  const listed = given.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  process.stdout.write(`::${name}${listed ? ` ${listed}` : ''}::${escapeData(message)}${EOL}`)
}

/** The file the runner named in `variable`, which it creates before the step starts. */
function runnerFile(variable: 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY'): string | undefined {
  const file = process.env[variable]
  if (!file) return undefined
  if (!existsSync(file)) throw new Error(`${variable} names ${file}, which does not exist`)
  return file
}

/** An input as the workflow gave it (action.yml's default filled in by the runner), trimmed. */
export function getInput(name: string, options: { required?: boolean } = {}): string {
  const value = (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
  if (options.required && value === '') throw new InputError(`input ${name} is required and was not given`)
  return value
}

export function setOutput(name: string, value: string): void {
  const file = runnerFile('GITHUB_OUTPUT')
  if (!file) {
    // A runner too old for output files still reads the command.
    process.stdout.write(EOL)
    issue('set-output', value, { name })
    return
  }
  // A random delimiter: a value cannot end its own entry and write another output.
  const delimiter = `ghadelimiter_${randomUUID()}`
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

/** The runner replaces the value with *** wherever the log would show it. */
export function setSecret(secret: string): void {
  issue('add-mask', secret)
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`)
}

export function notice(message: string): void {
  issue('notice', message)
}

export function warning(message: string): void {
  issue('warning', message)
}

export function error(message: string, place: AnnotationPlace = {}): void {
  issue('error', message, {
    title: place.title,
    file: place.file,
    line: place.startLine,
    col: place.startColumn
  })
}

/** The step fails when it ends, with `message` as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

export function startGroup(title: string): void {
  issue('group', title)
}

export function endGroup(): void {
  issue('endgroup')
}

/** Appends markdown to the job summary; a runner without job summaries is told as an error. */
export function appendSummary(markdown: string): void {
  const file = runnerFile('GITHUB_STEP_SUMMARY')
  if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set: this runner has no job summaries')
  appendFileSync(file, `${markdown}${EOL}`, 'utf8')
}
