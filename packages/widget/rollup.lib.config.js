// Builds the npm package's module (`pnpm run build:lib`): dist/lib/index.js, an ES module that
// defines <booking-widget> on import, for apps that bundle it (Vite, webpack, esbuild). The same
// sources as widget.js (../../rollup.config.js), with different packaging: not minified, with
// source maps, `lit` and `graphql-ws` left as imports for the app's bundler to share and dedupe,
// the workspace's private code (@slotkit/core's planner, the SDK's generated documents) inlined.
// The lazy parts stay lazy chunks. Types: one bundled dist/lib/index.d.ts (rollup-plugin-dts) plus
// dist/lib/react.d.ts, the React 19 JSX typing.
import { copyFileSync, mkdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';

const here = (path) => new URL(path, import.meta.url).pathname;
/** Dependencies the package declares: imported, never bundled. */
const external = (id) => /^(lit|@lit\/|@lit-labs\/|lit-html|lit-element|graphql-ws)(\/|$)/.test(id);

/** Copies the hand-written React typing beside the bundled types. */
function reactTypes() {
  return {
    name: 'slotkit-react-types',
    writeBundle() {
      mkdirSync(here('dist/lib'), { recursive: true });
      copyFileSync(here('types/react.d.ts'), here('dist/lib/react.d.ts'));
    },
  };
}

export default [
  {
    input: here('src/index.ts'),
    external,
    output: {
      dir: here('dist/lib'),
      format: 'es',
      entryFileNames: 'index.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    // The lazy chunks import what they share from index.js itself, which keeps the element's code.
    preserveEntrySignatures: 'allow-extension',
    // The generated documents are `new TypedDocumentString(...)`: pure, so unused ones drop out.
    treeshake: { manualPureFunctions: ['TypedDocumentString'] },
    plugins: [
      resolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
      typescript({
        tsconfig: here('tsconfig.json'),
        compilerOptions: {
          noEmit: false,
          allowImportingTsExtensions: true,
          rewriteRelativeImportExtensions: true,
          // Types are checked by `pnpm typecheck` (and the test command): a build only transpiles.
          noCheck: true,
          declaration: false,
          sourceMap: true,
        },
        include: ['**/*.ts'],
        exclude: ['**/*.test.ts', '**/test/**'],
      }),
    ],
  },
  {
    input: here('src/index.ts'),
    external,
    output: { file: here('dist/lib/index.d.ts'), format: 'es' },
    plugins: [
      dts({
        tsconfig: here('tsconfig.json'),
        respectExternal: true,
        compilerOptions: { types: [], allowImportingTsExtensions: true },
      }),
      reactTypes(),
    ],
  },
];
