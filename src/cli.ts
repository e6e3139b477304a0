import { runCli } from './cli/run-cli.js'

// Output into a closed pipe (`model-stages status | head -1`) ends quietly: the reader has all it wanted.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', error => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0)
    throw error
  })

/** Resolves once everything written to the stream so far has left the process (a pipe is written to later). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise(resolve => stream.write('', () => resolve()))
}

const exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text)
})
// The run is over: exiting now, once the output is out, skips tearing down a heap nothing needs any more (about
// 30 ms after reading 1,000 models).
await Promise.all([flushed(process.stdout), flushed(process.stderr)])
process.exit(exitCode)
