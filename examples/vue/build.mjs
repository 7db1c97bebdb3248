// Bundles the page's Vue code to dist/app.js. The widget itself is not
// bundled: it is the <script src=".../widget.js"> tag of index.html.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function buildExample() {
  await build({
    entryPoints: [fileURLToPath(new URL('./src/main.js', import.meta.url))],
    outfile: fileURLToPath(new URL('./dist/app.js', import.meta.url)),
    bundle: true,
    format: 'esm',
    minify: true,
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildExample();
