import { COMMANDS, positionalsOf, type Command } from '../commands/request.js'
import { COMMAND_SPECS, optionsOf, type OptionSpec } from './arguments.js'

function synopsis(command: Command): string {
  return `model-stages ${command} ${positionalsOf(command).join(' ')}`.trimEnd()
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).map(([name, spec]) => {
    const flag = `${name === 'help' ? '-h, ' : ''}--${name}${spec.placeholder ? ` ${spec.placeholder}` : ''}`
    return `  ${flag.padEnd(30)} ${spec.help}`
  })
}

export function commandHelp(command: Command): string {
  const spec = COMMAND_SPECS[command]
  return [
    synopsis(command),
    ...spec.details.split('\n').map(line => `  ${line}`),
    '',
    'Options:',
    ...optionLines(optionsOf(command))
  ].join('\n')
}

export function generalHelp(): string {
  const rows = COMMANDS.map(command => {
    const spec = COMMAND_SPECS[command]
    return `  ${`${command} ${positionalsOf(command).join(' ')}`.trimEnd().padEnd(28)} ${spec.summary}`
  })
  return [
    'model-stages: manage ML model lifecycle stages (staging -> production -> archived)',
    'from a YAML manifest in your repository.',
    '',
    'Usage: model-stages <command> [arguments] [options]',
    '',
    'Commands:',
    ...rows,
    `  ${'help [COMMAND]'.padEnd(28)} this help, or a command's`,
    '',
    'Every command takes --manifest FILE, --json and --help; `model-stages --version` prints the version.',
    'Exit codes: 0 done (a no-op included), 1 refused move or failed validation, 2 bad input.'
  ].join('\n')
}
