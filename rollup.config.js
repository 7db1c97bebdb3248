// Builds packages/widget/dist/widget.js: one minified ES module with Lit,
// graphql-ws and the generated documents inside, plus a content-hashed copy
// and manifest.json {file, gzipBytes}. Run from packages/widget (`pnpm run
// build`): plugins are resolved from the widget package, which declares them.
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const widget = new URL('./packages/widget/', import.meta.url);
const require = createRequire(new URL('package.json', widget));
const load = async (name) => (await import(require.resolve(name))).default;

const resolve = await load('@rollup/plugin-node-resolve');
const typescript = await load('@rollup/plugin-typescript');
const terser = await load('@rollup/plugin-terser');

/** The budget of widget.js (DESIGN §7, issue 19): 22 KB gzip; the lazy chunks are reported beside it. */
const BUDGET_BYTES = 22 * 1024;

/** Emits widget.<hash>.js and manifest.json next to widget.js and prints the gzip size. */
function hashedCopy() {
  return {
    name: 'slotkit-hashed-copy',
    buildStart() {
      // Old hashed copies would pile up in dist/ (the server serves the manifest's one).
      const dist = new URL('dist/', widget);
      try {
        for (const f of readdirSync(dist)) if (/^widget[.-][\w-]+\.js$/.test(f)) rmSync(new URL(f, dist));
      } catch {
        // no dist/ yet
      }
    },
    generateBundle(_options, bundle) {
      const chunk = bundle['widget.js'];
      const code = chunk.code;
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
      const file = `widget.${hash}.js`;
      const gzipBytes = gzipSync(code, { level: 9 }).length;
      // Lazily loaded chunks (the graphql-ws client): fetched with the first live watch.
      const chunks = Object.values(bundle)
        .filter((c) => c.type === 'chunk' && !c.isEntry)
        .map((c) => ({ file: c.fileName, gzipBytes: gzipSync(c.code, { level: 9 }).length }));
      const totalGzipBytes = chunks.reduce((n, c) => n + c.gzipBytes, gzipBytes);
      this.emitFile({ type: 'asset', fileName: file, source: code });
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify({ file, gzipBytes, chunks, totalGzipBytes }, null, 2)}\n`,
      });
      const kb = (gzipBytes / 1024).toFixed(1);
      process.stdout.write(
        `widget.js: ${code.length} bytes, ${gzipBytes} bytes gzip (${kb} KB of ${BUDGET_BYTES / 1024} KB budget)\n`,
      );
      for (const c of chunks) process.stdout.write(`  lazy ${c.file}: ${c.gzipBytes} bytes gzip\n`);
      if (process.env.WIDGET_STATS) {
        // What each module costs, minified and gzipped on its own (the sum exceeds the bundle's: gzip shares context).
        for (const [id, m] of Object.entries(chunk.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength)) {
          if (!m.code) continue;
          const bytes = gzipSync(m.code, { level: 9 }).length;
          process.stdout.write(
            `    ${String(bytes).padStart(6)}  ${id.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/.*packages\//, '')}\n`,
          );
        }
      }
      process.stdout.write(`  everything: ${totalGzipBytes} bytes gzip\n`);
      if (gzipBytes > BUDGET_BYTES) this.error(`widget.js is ${kb} KB gzip, over the ${BUDGET_BYTES / 1024} KB budget`);
    },
  };
}

/** Collapses whitespace in the `export default css`…`` of `*.styles.ts` (no nested templates there). */
function minifyCss() {
  return {
    name: 'slotkit-minify-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const open = /export default css\s*`/.exec(code);
      const end = code.lastIndexOf('`');
      if (!open || end <= open.index) return null;
      const start = open.index + open[0].length;
      const body = code
        .slice(start, end)
        .replace(/\/\*[^]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      return { code: code.slice(0, start) + body + code.slice(end), map: null };
    },
  };
}

export default {
  input: new URL('src/index.ts', widget).pathname,
  output: {
    dir: new URL('dist/', widget).pathname,
    entryFileNames: 'widget.js',
    // Content-hashed, so the server serves them immutable like widget.<hash>.js.
    // A chunk named after a module with a dot (paying.styles, shared by two lazy chunks) gets a dash:
    // the server serves only `<name>.<hash>.js` (http/widget-bundle.ts HASHED_FILE_RE).
    chunkFileNames: (chunk) => `widget-${chunk.name.replace(/[^\w-]/g, '-')}.[hash].js`,
    format: 'es',
    sourcemap: false,
  },
  // The lazy chunks import what they share from widget.js itself (not from a third chunk).
  preserveEntrySignatures: 'allow-extension',
  // The generated documents are `new TypedDocumentString(...)`: pure, so unused ones drop out.
  treeshake: { manualPureFunctions: ['TypedDocumentString'] },
  plugins: [
    // 'production' named explicitly: otherwise node-resolve adds 'development' when NODE_ENV is set
    // (Lit's dev build, +4 KB gzip), so the bundle would depend on the shell.
    resolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
    typescript({
      tsconfig: new URL('tsconfig.json', widget).pathname,
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
      exclude: ['**/*.test.ts', '**/test/**'],
    }),
    minifyCss(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
      format: { comments: false },
    }),
    hashedCopy(),
  ],
};
