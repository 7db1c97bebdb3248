#!/usr/bin/env node
// The `slotkit` command. In a source checkout it runs the TypeScript through tsx, so it is never
// older than the code beside it; under NODE_ENV=production (once `pnpm build` made dist/), or where
// src/ is not shipped, it runs the compiled CLI on plain node.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
const compiled = new URL('../dist/cli/main.js', import.meta.url);
const useCompiled = existsSync(compiled) && (process.env.NODE_ENV === 'production' || !existsSync(source));
if (useCompiled) {
  await import(compiled.href);
} else if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  process.stderr.write('slotkit: the compiled CLI is missing: run `pnpm build` first\n');
  process.exitCode = 1;
}
