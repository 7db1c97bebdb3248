// `pnpm typecheck`: every TypeScript program of the workspace, checked in one `tsc -b`-style run so the
// declarations they share (@types/node, lib.dom, drizzle, apollo, graphql) are parsed and bound once
// instead of once per program (separate `tsc -p` runs cost about twice the CPU).
// Nothing is written: the programs are noEmit, and the .tsbuildinfo files -b would leave beside each
// tsconfig are dropped (they would not help a fresh clone anyway).
import ts from 'typescript';

const projects = [
  'tsconfig.json', // codegen, e2e, scripts, examples/*.ts
  'examples/plain-html',
  'examples/react',
  'examples/vue',
  'packages/core',
  'packages/sdk',
  'packages/server',
  'packages/console',
  'packages/widget',
  'packages/widget/types',
  'bench',
];

const report = ts.createDiagnosticReporter(ts.sys, ts.sys.writeOutputIsTTY?.() ?? false);
const host = ts.createSolutionBuilderHost(ts.sys, undefined, report, report);
host.writeFile = () => {};
process.exitCode = ts.createSolutionBuilder(host, projects, {}).build();
