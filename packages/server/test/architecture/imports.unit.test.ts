import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// The import rules of packages/server/src, read from the `layers` block of ARCHITECTURE.md: each line
// is a layer, top to bottom; a unit may import units of lower layers only, never one of its own line.
// A unit is a top-level folder or file of src/; domain/ counts as its subfolders, its own files
// forming the unit `domain`. Transport packages stay in the two transport folders.

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const architecture = fileURLToPath(new URL('../../../../ARCHITECTURE.md', import.meta.url));
const TRANSPORT_PACKAGES = /^(express|ws|graphql-ws|@apollo\/|@as-integrations\/)/;
const TRANSPORT_UNITS = new Set(['http', 'graphql']);

interface Import {
  readonly from: string;
  readonly specifier: string;
  /** The file it names, for relative specifiers. */
  readonly file?: string;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Every import and export-from of a file, type-only ones and dynamic import() included. */
function importsOf(file: string): Import[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(({ fileName: specifier }) => {
    if (!specifier.startsWith('.')) return { from: file, specifier };
    const target = resolve(dirname(file), specifier);
    assert.ok(existsSync(target), `${relative(src, file)} imports ${specifier}, which does not exist`);
    return { from: file, specifier, file: target };
  });
}

function unitOf(file: string): string {
  const parts = relative(src, file).split(sep);
  if (parts.length === 1) return parts[0]!;
  if (parts[0] === 'domain' && parts.length > 2) return `domain/${parts[1]}`;
  return parts[0]!;
}

/** Layer index per unit (0 = bottom) from the `layers` block of ARCHITECTURE.md. */
function documentedLayers(): Map<string, number> {
  const block = /^```layers\n([\s\S]*?)^```/m.exec(readFileSync(architecture, 'utf8'))?.[1];
  assert.ok(block, 'ARCHITECTURE.md has a ```layers block');
  const lines = block
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .reverse();
  const layers = new Map<string, number>();
  lines.forEach((line, index) => {
    for (const unit of line.split(/\s+/)) {
      assert.ok(!layers.has(unit), `${unit} is in two layers of ARCHITECTURE.md`);
      layers.set(unit, index);
    }
  });
  return layers;
}

/** Strongly connected components with more than one file (Tarjan). */
function fileCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(relative(src, w));
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

const files = sourceFiles(src);
const imports = files.flatMap(importsOf);
const local = imports.filter((i): i is Import & { file: string } => i.file !== undefined);
const describeImport = (i: Import) => `${relative(src, i.from)} -> ${i.specifier}`;

describe('import structure of packages/server/src (ARCHITECTURE.md, layers)', () => {
  const layers = documentedLayers();

  it('should place every unit of the code in a layer, and name no unit the code lacks', () => {
    const units = new Set(files.map(unitOf));
    assert.deepEqual([...units].filter((u) => !layers.has(u)).sort(), [], 'units missing from ARCHITECTURE.md');
    assert.deepEqual([...layers.keys()].filter((u) => !units.has(u)).sort(), [], 'layers name units that are gone');
  });

  it('should import only downwards: never a unit of the same or a higher layer', () => {
    const upwards = local.filter((i) => {
      const [from, to] = [unitOf(i.from), unitOf(i.file)];
      return from !== to && (layers.get(to) ?? Infinity) >= (layers.get(from) ?? -Infinity);
    });
    assert.deepEqual(upwards.map(describeImport), []);
  });

  it('should have no two units importing each other', () => {
    const edges = new Set(local.map((i) => `${unitOf(i.from)} ${unitOf(i.file)}`));
    const pairs = [...edges].filter((e) => {
      const [a, b] = e.split(' ');
      return a !== b && a! < b! && edges.has(`${b} ${a}`);
    });
    assert.deepEqual(pairs, []);
  });

  it('should have no import cycle between files', () => {
    const graph = new Map<string, string[]>(files.map((f) => [f, []]));
    for (const i of local) graph.get(i.from)!.push(i.file);
    assert.deepEqual(fileCycles(graph), []);
  });

  it('should keep Express, Apollo and WebSocket packages in http/ and graphql/', () => {
    const leaks = imports.filter((i) => TRANSPORT_PACKAGES.test(i.specifier) && !TRANSPORT_UNITS.has(unitOf(i.from)));
    assert.deepEqual(leaks.map(describeImport), []);
  });
});
