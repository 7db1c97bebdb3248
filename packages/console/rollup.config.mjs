// The console app: one ES module entry (app.<hash>.js) and one lazy chunk per
// view (<name>.<hash>.js), all content-hashed so the server serves them
// immutable. build.mjs runs this config and writes index.html around it.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const here = (p) => new URL(p, import.meta.url).pathname;

export default {
  input: here('src/main.ts'),
  output: {
    dir: here('dist/assets/'),
    entryFileNames: 'app.[hash].js',
    chunkFileNames: '[name].[hash].js',
    format: 'es',
    sourcemap: false,
  },
  // The generated documents are `new TypedDocumentString(...)`: pure, so unused ones drop out.
  treeshake: { manualPureFunctions: ['TypedDocumentString'] },
  plugins: [
    // Export conditions named explicitly: with NODE_ENV set, node-resolve would add 'development'
    // and pick Lit's development build (bigger, and it warns in the console).
    resolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
    typescript({
      tsconfig: here('tsconfig.json'),
      compilerOptions: {
        noEmit: false,
        allowImportingTsExtensions: true,
        rewriteRelativeImportExtensions: true,
        // Types are checked by `pnpm typecheck` (and the test command): a build only transpiles.
        noCheck: true,
        declaration: false,
        sourceMap: false,
      },
      include: ['**/*.ts'],
      exclude: ['**/*.test.ts', '**/test/**', here('src/index.ts')],
    }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
