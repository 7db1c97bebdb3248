// `pnpm typecheck`: every TypeScript program of the workspace, checked in one process so the declarations
// they share (@types/node, lib.dom, drizzle, apollo, graphql) are parsed once instead of once per program.
// Projects whose compiler options are identical are checked as one program, so a file several of them
// reach (the server's sources: from bench, the sdk tests, e2e) is checked once. Nothing is written.
// scripts/check-code.mjs lints with the same programs (type-aware rules then reuse these checkers).
import ts from 'typescript';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every tsconfig of the workspace, in the order below (a new one must be added here: the typecheck and
 * lint steps read this list, and `unlisted()` fails the check while one is missing).
 */
const PROJECTS = [
  // Each file is checked once, in the first program here whose own files (its tsconfig's) hold it, with
  // that project's options: the server before the SDK (whose tests import it) and the root (e2e, scripts),
  // the SDK before the console and widget (which import it). ESLint takes type information in this order.
  'packages/core/tsconfig.json',
  'packages/server/tsconfig.json',
  'bench/tsconfig.json',
  'packages/sdk/tsconfig.json',
  'tsconfig.json', // codegen, e2e, scripts, examples/*.ts
  'examples/plain-html/tsconfig.json',
  'examples/react/tsconfig.json',
  'examples/vue/tsconfig.json',
  'packages/console/tsconfig.json',
  'packages/widget/tsconfig.json',
  'packages/widget/types/tsconfig.json',
];

/** The workspace's tsconfig.json files that PROJECTS lacks (not the shared base nor the build configs). */
function unlisted(dir = root, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || ['node_modules', 'dist'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) unlisted(path, found);
    else if (entry.name === 'tsconfig.json' && !PROJECTS.includes(relative(root, path)))
      found.push(relative(root, path));
  }
  return found;
}

const report = ts.createDiagnosticReporter(ts.sys, ts.sys.writeOutputIsTTY?.() ?? false);
const parse = (project) =>
  ts.getParsedCommandLineOfConfigFile(project, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: report });

/** The first project of each set of identical options, with the files of all of them. */
function mergedCommandLines() {
  const merged = [];
  for (const project of PROJECTS) {
    const parsed = parse(project);
    const { configFilePath: _, ...options } = parsed.options;
    const key = JSON.stringify(options);
    const first = merged.find((m) => m.key === key);
    if (first) first.parsed.fileNames = [...new Set([...first.parsed.fileNames, ...parsed.fileNames])];
    else merged.push({ key, parsed });
  }
  return merged.map((m) => m.parsed);
}

/**
 * Builds every program and prints its errors. Source files are shared between programs parsed alike
 * (a declaration file reached by several is parsed once). A program reports its own files only: a
 * file another project owns (the server's sources, reached from the SDK's tests and from e2e) was
 * checked by that project, with its options. Returns the programs, in PROJECTS order, and the error count.
 */
export function checkTypes() {
  const parsedFiles = new Map();
  const checked = new Set();
  const programs = [];
  const diagnostics = [];
  for (const { fileNames, options, projectReferences } of mergedCommandLines()) {
    const host = ts.createCompilerHost(options);
    const parseFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, ...rest) => {
      const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
      if (!parsedFiles.has(key)) parsedFiles.set(key, parseFile(fileName, languageVersion, ...rest));
      return parsedFiles.get(key);
    };
    const program = ts.createProgram({ rootNames: fileNames, options, host, projectReferences });
    programs.push(program);
    diagnostics.push(...program.getConfigFileParsingDiagnostics(), ...program.getOptionsDiagnostics());
    diagnostics.push(...program.getGlobalDiagnostics());
    for (const fileName of fileNames) {
      const file = program.getSourceFile(fileName);
      if (!file || checked.has(file.fileName)) continue;
      checked.add(file.fileName);
      diagnostics.push(...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file));
    }
  }
  diagnostics.forEach(report);
  const missing = unlisted();
  for (const project of missing) process.stdout.write(`${project}: not in PROJECTS of scripts/typecheck.mjs\n`);
  return { programs, errors: diagnostics.length + missing.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { errors } = checkTypes();
  if (errors) process.stdout.write(`\n${errors} type error(s)\n`);
  process.exitCode = errors ? 1 : 0;
}
