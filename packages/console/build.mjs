#!/usr/bin/env node
// Builds the console (served at /console by packages/server/src/http/console.ts):
//   dist/index.html        the app's page: one stylesheet and one module script, no inline code
//   dist/assets/           app.<hash>.js, a lazy chunk per view, console.<hash>.css (immutable)
//   dist/manifest.json     { html etag, assets, gzip bytes before the GraphQL tab }
//   dist/graphiql.html     the GraphQL tab's page (graphiql/build-graphiql.mjs), framed on demand
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config from './rollup.config.mjs';
import { buildGraphiQL } from './graphiql/build-graphiql.mjs';

const dist = new URL('dist/', import.meta.url);
const assetsDir = new URL('assets/', dist);
const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const gzipBytes = (data) => gzipSync(data, { level: 9 }).length;

rmSync(assetsDir, { recursive: true, force: true });
mkdirSync(assetsDir, { recursive: true });

const bundle = await rollup(config);
const { output } = await bundle.write(config.output);
await bundle.close();

const css = readFileSync(new URL('src/console.css', import.meta.url));
const cssFile = `console.${sha256(css).slice(0, 10)}.css`;
writeFileSync(new URL(cssFile, assetsDir), css);

const entry = output.find((c) => c.type === 'chunk' && c.isEntry);
const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>Slotkit console</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/console/assets/${cssFile}" />
    <script type="module" src="/console/assets/${entry.fileName}"></script>
  </head>
  <body>
    <slotkit-console></slotkit-console>
  </body>
</html>
`;
writeFileSync(new URL('index.html', dist), html);

// The GraphQL tab's chunk frames graphiql.html; everything else can load before it opens.
const files = readdirSync(assetsDir);
const sizes = Object.fromEntries(files.map((f) => [f, gzipBytes(readFileSync(new URL(f, assetsDir)))]));
const graphqlChunks = output.filter((c) => c.type === 'chunk' && /^graphql\./.test(c.fileName)).map((c) => c.fileName);
const beforeGraphQL =
  gzipBytes(html) + files.filter((f) => !graphqlChunks.includes(f)).reduce((n, f) => n + sizes[f], 0);
const graphiqlBytes = buildGraphiQL(dist);
const graphiqlGzip = gzipBytes(readFileSync(new URL('graphiql.html', dist)));

const manifest = {
  etag: sha256(html).slice(0, 32),
  assets: sizes,
  beforeGraphQLGzipBytes: beforeGraphQL,
  graphiqlGzipBytes: graphiqlGzip,
};
writeFileSync(new URL('manifest.json', dist), `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(
  `console: app ${entry.fileName}; ${(beforeGraphQL / 1024).toFixed(1)} KB gzip before the GraphQL tab ` +
    `(budget 200 KB); GraphiQL ${(graphiqlBytes / 1e6).toFixed(1)} MB, ${(graphiqlGzip / 1e6).toFixed(2)} MB gzip\n`,
);
