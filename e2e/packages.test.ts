import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, type RunningSlotkit } from './support/server.ts';
import { sharedSlotkit } from './support/shared.ts';

// The publishable packages as a stranger gets them (issue 20): `pnpm pack` of @slotkit/sdk and
// @slotkit/widget (pnpm, not npm: only pnpm writes `publishConfig.exports` and real versions for
// `workspace:` into the packed package.json), installed into a scratch project outside the
// workspace, then used there: plain Node ESM against the compiled server, the project's own
// `tsc --strict --module nodenext`, and an esbuild bundle of the widget. Needs `pnpm build` first.

interface Packed {
  readonly tarball: string;
  readonly files: readonly string[];
  readonly manifest: Record<string, any>;
}

/** The part of esbuild's API used here (the workspace root does not depend on esbuild). */
interface EsbuildApi {
  build(options: Record<string, unknown>): Promise<{ metafile: { outputs: Record<string, unknown> } }>;
}

const PACKAGES = { sdk: 'packages/sdk', widget: 'packages/widget' } as const;
const fixtures = join(root, 'e2e/packages-fixtures');

function run(cmd: string, args: string[], cwd: string, timeoutMs = 240_000): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, NODE_ENV: '' } });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function pack(dir: string, destination: string): Packed {
  const out = run('pnpm', ['pack', '--json', '--pack-destination', destination], join(root, dir));
  const report = JSON.parse(out.slice(out.indexOf('{'))) as { filename: string; files: { path: string }[] };
  const tarball = join(destination, report.filename.split('/').pop()!);
  const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], destination)) as Record<
    string,
    any
  >;
  return { tarball, files: report.files.map((f) => f.path), manifest };
}

/** The file paths an `exports` map points at (its values, at any depth of conditions). */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(exportTargets);
  return [];
}

/** Every file below a folder, relative paths. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

describe('the packed packages in a scratch project', () => {
  let work = '';
  let app = '';
  let packed: Record<keyof typeof PACKAGES, Packed>;
  let slotkit: RunningSlotkit;

  before(async () => {
    for (const built of [
      'packages/sdk/dist/index.js',
      'packages/widget/dist/lib/index.js',
      'packages/server/dist/main.js',
    ])
      assert.ok(existsSync(join(root, built)), `${built} is missing: run \`pnpm build\` first`);
    work = mkdtempSync(join(tmpdir(), 'slotkit-packages-'));
    packed = { sdk: pack(PACKAGES.sdk, work), widget: pack(PACKAGES.widget, work) };
    app = join(work, 'app');
    cpSync(fixtures, app, { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'scratch-app',
        private: true,
        type: 'module',
        dependencies: {
          '@slotkit/sdk': `file:${packed.sdk.tarball}`,
          '@slotkit/widget': `file:${packed.widget.tarball}`,
          graphql: '^16.15.0',
        },
        devDependencies: { typescript: '5.9.3', esbuild: '^0.28.2', '@types/react': '^19.3.3' },
      }),
    );
    // Its own one-package workspace (pnpm 12 asks which install scripts may run). Everything is in the
    // machine's pnpm store already: nothing is downloaded unless the metadata cache is cold.
    writeFileSync(join(app, 'pnpm-workspace.yaml'), 'allowBuilds:\n  esbuild: true\n');
    run('pnpm', ['install', '--prefer-offline'], app);
    slotkit = await sharedSlotkit();
  });

  after(async () => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('should pack only built code, types, maps and docs, with exports that exist and no workspace: versions', () => {
    const allowed = {
      sdk: /^(dist\/.+\.(js|d\.ts)(\.map)?|src\/.+\.ts|package\.json|README\.md|CHANGELOG\.md)$/,
      widget:
        /^(dist\/lib\/.+\.(js|d\.ts)(\.map)?|dist\/custom-elements\.json|package\.json|README\.md|CHANGELOG\.md)$/,
    };
    for (const name of Object.keys(PACKAGES) as (keyof typeof PACKAGES)[]) {
      const { files, manifest } = packed[name];
      for (const file of files) {
        assert.match(file, allowed[name], `${name} ships ${file}`);
        assert.doesNotMatch(file, /(^|\/)(test|tests)\/|\.test\.|tsconfig|operations\//, `${name} ships ${file}`);
      }
      assert.ok(files.includes('README.md'), `${name} has a README`);
      for (const target of exportTargets(manifest.exports))
        assert.ok(files.includes(target.slice(2)), `${name} exports ${target}, which is not packed`);
      assert.doesNotMatch(JSON.stringify(manifest), /workspace:/, `${name}'s package.json names workspace: versions`);
      assert.ok(!('private' in manifest), `${name} is publishable`);
    }
    assert.equal(packed.sdk.manifest.sideEffects, false);
    assert.ok(packed.sdk.manifest.peerDependencies.graphql);
    assert.equal(packed.widget.manifest.customElements, 'dist/custom-elements.json');
    assert.ok(packed.widget.files.includes(packed.widget.manifest.customElements));
  });

  it('should ship no import of a .ts file and no bundled copy of lit', () => {
    for (const name of ['sdk', 'widget']) {
      const dir = join(app, 'node_modules/@slotkit', name);
      for (const file of filesUnder(dir).filter((f) => /\.(js|d\.ts)$/.test(f))) {
        const code = readFileSync(join(dir, file), 'utf8');
        assert.doesNotMatch(code, /(from\s+|import\s*\(\s*)['"][^'"]+\.ts['"]/, `${name}/${file} imports a .ts file`);
      }
    }
    const widgetCode = readFileSync(join(app, 'node_modules/@slotkit/widget/dist/lib/index.js'), 'utf8');
    assert.match(widgetCode, /from 'lit'/);
    assert.doesNotMatch(widgetCode, /class ReactiveElement/);
  });

  it('should run plain Node ESM with the SDK on the compiled server: availability, hold by priceId, checkout', () => {
    const out = run(process.execPath, ['flow.mjs', slotkit.url], app, 60_000);
    const result = JSON.parse(out.trim().split('\n').pop()!) as Record<string, any>;
    assert.equal(result.reserveSlot.__typename, 'Reservation', out);
    assert.equal(result.reserveSlot.partySize, 2);
    assert.equal(result.reserveSlot.totalCents, 2 * result.adultPrice);
    // Keyless development: the local test-checkout page of this server stands in for Stripe.
    const checkout = new URL(result.createCheckout.url);
    assert.equal(checkout.port, new URL(slotkit.url).port, checkout.href);
    assert.match(checkout.pathname, /^\/checkout\//);
    assert.deepEqual(result.unknown, { name: 'SlotkitError', code: 'NOT_FOUND' });
  });

  it('should type-check with tsc --strict --module nodenext and no other flag, React 19 JSX included', () => {
    const tsc = join(app, 'node_modules/typescript/bin/tsc');
    const common = ['--strict', '--module', 'nodenext', '--target', 'es2022', '--lib', 'es2023,dom', '--noEmit'];
    run(process.execPath, [tsc, ...common, 'strict.ts'], app, 120_000);
    run(process.execPath, [tsc, ...common, '--jsx', 'react-jsx', 'react-usage.tsx'], app, 120_000);
  });

  it('should bundle the widget with esbuild, lazy chunks split out', async () => {
    const esbuild = (await import(join(app, 'node_modules/esbuild/lib/main.js'))) as EsbuildApi;
    const result = await esbuild.build({
      absWorkingDir: app,
      entryPoints: ['widget-entry.js'],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      outdir: join(app, 'out'),
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
    assert.ok(outputs.length > 3, `the lazy parts are their own chunks: ${outputs.join(', ')}`);
    const entry = readFileSync(join(app, 'out/widget-entry.js'), 'utf8');
    assert.match(entry, /"booking-widget"/);
    assert.doesNotMatch(entry, /from\s*["']lit["']/, 'lit is bundled in, not left as an import');
  });
});
