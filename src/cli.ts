import { runCli } from './cli/run-cli.js'

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text)
})
