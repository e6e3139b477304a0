import { runCli } from './cli/run-cli.js'

// Output into a closed pipe (`model-stages status | head -1`) ends quietly: the reader has all it wanted.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', error => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0)
    throw error
  })

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text)
})
