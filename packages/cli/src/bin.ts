#!/usr/bin/env node
import { run } from './run.js';

// The only place where tsmp ends the process: everything else returns an exit code.
const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
