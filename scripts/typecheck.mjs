// `pnpm typecheck`: every TypeScript program of the workspace, checked in one `tsc -b`-style run so the
// declarations they share (@types/node, lib.dom, drizzle, apollo, graphql) are parsed and bound once
// instead of once per program. Projects whose compiler options are identical are checked as one program,
// so a file several of them reach (the server's sources: from bench, the sdk tests, e2e) is checked once.
// Nothing is written: the programs are noEmit, and the .tsbuildinfo files -b would leave beside each
// tsconfig are dropped (they would not help a fresh clone anyway).
import ts from 'typescript';

const projects = [
  'tsconfig.json', // codegen, e2e, scripts, examples/*.ts
  'examples/plain-html/tsconfig.json',
  'examples/react/tsconfig.json',
  'examples/vue/tsconfig.json',
  'packages/core/tsconfig.json',
  'packages/sdk/tsconfig.json',
  'packages/server/tsconfig.json',
  'packages/console/tsconfig.json',
  'packages/widget/tsconfig.json',
  'packages/widget/types/tsconfig.json',
  'bench/tsconfig.json',
];

const report = ts.createDiagnosticReporter(ts.sys, ts.sys.writeOutputIsTTY?.() ?? false);
const parse = (project) =>
  ts.getParsedCommandLineOfConfigFile(project, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: report });

// First project of each set of identical options → one command line with all their files.
const merged = new Map();
for (const project of projects) {
  const parsed = parse(project);
  const { configFilePath: _, ...options } = parsed.options;
  const key = JSON.stringify(options);
  const first = [...merged.values()].find((m) => m.key === key);
  if (first) first.parsed.fileNames = [...new Set([...first.parsed.fileNames, ...parsed.fileNames])];
  else merged.set(ts.sys.resolvePath(project), { key, parsed });
}

const host = ts.createSolutionBuilderHost(ts.sys, undefined, report, report);
host.getParsedCommandLine = (project) => merged.get(project)?.parsed ?? parse(project);
host.writeFile = () => {};
process.exitCode = ts.createSolutionBuilder(host, [...merged.keys()], {}).build();
