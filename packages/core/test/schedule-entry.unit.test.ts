import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/schedule/index.ts', import.meta.url));
// `import type` and `export type` vanish from a bundle; everything else is loaded at runtime.
const RUNTIME_IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every module the entry loads at runtime, following relative imports. */
function runtimeModules(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
    if (spec!.startsWith('.')) runtimeModules(resolve(dirname(file), spec!), seen);
    else seen.add(spec!);
  }
  return seen;
}

describe('@slotkit/core/schedule', () => {
  it('should load no package and not the zod settings schema at runtime (the widget bundle has a size budget)', () => {
    const loaded = [...runtimeModules(entry)];
    assert.deepEqual(
      loaded.filter((m) => !m.startsWith('/') || m.endsWith('/settings.ts')),
      [],
      `runtime imports: ${loaded.join(', ')}`,
    );
  });
});
