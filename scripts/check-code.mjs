// The test command's code check: types, lint and format in one step. The typechecker's programs are handed
// to ESLint, so its type-aware rules reuse types already computed instead of building every program again
// through the project service (`pnpm lint` alone does that): about a third less CPU than the two apart.
// Prettier runs beside them in its own process. Exit code 1 when any of the three finds something.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { checkTypes } from './typecheck.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/**
 * For this script and Prettier: a 64 MiB young generation (V8's default is 16) scavenges the many
 * short-lived AST nodes less often, about 5 % less CPU for the step (user + sys, one A/B run).
 */
const NODE_ARGS = ['--max-semi-space-size=64'];
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const prettier = new Promise((resolve) => {
  const child = spawn(process.execPath, [...NODE_ARGS, 'node_modules/prettier/bin/prettier.cjs', '--check', '.'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = [];
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => out.push(d));
  child.on('close', (code) => resolve({ ok: code === 0, output: Buffer.concat(out).toString() }));
});

let since = performance.now();
const { programs, errors } = checkTypes();
process.stdout.write(`typecheck: ${errors} error(s) in ${seconds(since)}\n`);

since = performance.now();
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: false, programs } } }],
});
const results = await eslint.lintFiles(['.']);
const problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
process.stdout.write(await (await eslint.loadFormatter('stylish')).format(results));
process.stdout.write(`eslint: ${problems} problem(s) in ${seconds(since)}\n`);

const format = await prettier;
process.stdout.write(format.output);

process.exitCode = errors || problems || !format.ok ? 1 : 0;
