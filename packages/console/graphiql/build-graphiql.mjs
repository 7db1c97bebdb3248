// Builds the console's GraphQL tab: GraphiQL as one self-contained HTML string
// (@graphql-yoga/render-graphiql bundles React, Monaco and its workers; no
// CDN), signed in with the console's key (sessionStorage, same origin) and the
// SDK's admin operations as ready tabs. Writes dist/graphiql.html and
// dist/graphiql.json (the sha256 of every inline script, so the server's CSP
// can allow exactly these). The console app frames it only when the tab opens.
/* eslint max-len: off -- the page fragments below are HTML and JS source text, kept whole to stay greppable */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, print, visit } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { readyOperations } from './ready-operations.mjs';

const here = (p) => new URL(p, import.meta.url);
const read = (p) => readFileSync(here(p), 'utf8');

/** Each named operation of admin.graphql printed with the fragments it needs. */
function operationsByName(source) {
  const doc = parse(source);
  const fragments = new Map(
    doc.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  const spreadsOf = (node) => {
    const names = new Set();
    visit(node, { FragmentSpread: (s) => void names.add(s.name.value) });
    return names;
  };
  const out = new Map();
  for (const def of doc.definitions) {
    if (def.kind !== 'OperationDefinition' || !def.name) continue;
    const needed = new Set();
    const queue = [...spreadsOf(def)];
    while (queue.length) {
      const name = queue.pop();
      if (needed.has(name)) continue;
      needed.add(name);
      queue.push(...spreadsOf(fragments.get(name)));
    }
    out.set(def.name.value, [def, ...[...needed].map((n) => fragments.get(n))].map(print).join('\n\n'));
  }
  return out;
}

/** Writes dist/graphiql.html + dist/graphiql.json; returns the page's size in bytes. */
export function buildGraphiQL(distDir) {
  const operations = operationsByName(read('../../sdk/src/operations/admin.graphql'));
  const tabs = readyOperations.map(({ operation, variables }) => {
    const query = operations.get(operation);
    if (!query) throw new Error(`ready operation ${operation} is not in admin.graphql`);
    return { title: operation, query, variables };
  });

  const MARK = 'SLOTKIT_GRAPHIQL_TITLE';
  let html = renderGraphiQL({ title: MARK });
  // GraphiQL renders as soon as its script runs; the console renders it after sign-in instead.
  const renderCall =
    /YogaGraphiQL\.renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*\{"title":"SLOTKIT_GRAPHIQL_TITLE"\},?\s*\);/;
  if (!renderCall.test(html)) throw new Error('render-graphiql changed its page: the render call was not found');
  html = html.replace(
    renderCall,
    () =>
      "window.__slotkitRenderGraphiQL = (options) => YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector('#root'), options);",
  );
  html = html.replace(`<title>${MARK}</title>`, () => '<title>Slotkit console</title>');
  if (html.includes(MARK)) throw new Error('render-graphiql changed its page: the title is used elsewhere');

  // JSON inside <script> must not be able to close the element.
  const json = JSON.stringify({ endpoint: '/graphql', tabs }).replace(/</g, '\\u003c');
  const chrome = `
      <header id="slotkit-bar" hidden>
        <strong>Slotkit console · <span id="slotkit-org"></span></strong>
        <button type="button" id="slotkit-reset" title="Forget your tabs and show the ready operations again">Ready operations</button>
        <button type="button" id="slotkit-signout">Sign out</button>
      </header>
      <form id="slotkit-login" hidden>
        <h1>Slotkit console</h1>
        <label for="slotkit-key">Admin API key</label>
        <input id="slotkit-key" name="apiKey" type="password" autocomplete="off" spellcheck="false" required placeholder="slk_…" />
        <button type="submit">Sign in</button>
        <p id="slotkit-login-error" role="alert"></p>
      </form>
      <style>${read('graphiql.css')}</style>
      <script type="application/json" id="slotkit-data">${json}</script>`;
  html = html.replace('<div id="root"></div>', () => `${chrome}\n      <div id="root" hidden></div>`);
  const bodyEnd = html.lastIndexOf('</body>');
  html = `${html.slice(0, bodyEnd)}<script>${read('sign-in.js')}</script>\n  ${html.slice(bodyEnd)}`;

  const sha256 = (text, encoding) => createHash('sha256').update(text).digest(encoding);
  const scriptHashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${sha256(m[1], 'base64')}'`,
  );
  if (scriptHashes.length !== 2) throw new Error(`expected 2 inline scripts, found ${scriptHashes.length}`);

  mkdirSync(distDir, { recursive: true });
  writeFileSync(new URL('graphiql.html', distDir), html);
  writeFileSync(
    new URL('graphiql.json', distDir),
    `${JSON.stringify({ scriptHashes, etag: sha256(html, 'hex') }, null, 2)}\n`,
  );
  process.stdout.write(
    `console: dist/graphiql.html ${(html.length / 1e6).toFixed(1)} MB, ${tabs.length} ready operations\n`,
  );
  return Buffer.byteLength(html);
}
