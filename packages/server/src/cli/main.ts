import { runCli } from './run.ts';

// The `slotkit` command (packages/server/bin/slotkit.js, `pnpm slotkit …`). The exit
// code is set, not forced, so pending output is flushed before the process ends.
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
