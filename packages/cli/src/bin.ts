#!/usr/bin/env node
import { run } from './run.js';

// A reader that closes the pipe early (`tsmp rules | head -1`) is not an error: stop quietly.
// Other write errors of the streams (a full disk) end the run with exit code 2 and one line.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.exitCode = 2;
    try {
      process.stderr.write(`tsmp: ${error.code ?? error.message}\n`);
    } finally {
      process.exit(2);
    }
  });
}

// The only place where tsmp ends the process: everything else returns an exit code.
const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
