import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root } from './server.ts';

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** WCAG 2.1 A and AA: what every view must pass. */
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

let axeSource: string | undefined;

/**
 * Puts axe-core on the page unless it is there already (the console changes views without loading a new
 * document): the script is half a megabyte to send and run each time. Through the DevTools protocol
 * (page.evaluate), which the page's CSP does not govern, so the page runs under its real CSP.
 */
export async function loadAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  axeSource ??= readFileSync(createRequire(join(root, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
}

/**
 * axe-core over the page with the rules of `tags`, shadow roots included, under the page's real CSP.
 * Frames are left out: the GraphQL tab's GraphiQL is a third-party page of its own. Only violations are
 * reported in full (`resultTypes`): axe then skips building a selector for every node that passed
 * (console-views.test.ts alone: 42 → 37–39 core-s for its twenty runs and the rest of the file).
 */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG21_AA): Promise<AxeViolation[]> {
  await loadAxe(page);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
    const result = await axe.run(
      { exclude: [['iframe']] },
      { runOnly: { type: 'tag', values }, iframes: false, resultTypes: ['violations'] },
    );
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n: any) => JSON.stringify(n.target)),
    }));
  }, tags);
}

/** Each violating node as `rule: ["selector"]`, for a test that counts only those of its own components. */
const violatingNodes = (violations: readonly AxeViolation[]): string[] =>
  violations.flatMap((v) => v.targets.map((target) => `${v.id}: ${target}`));

/**
 * Fails when axe (rules of `tags`) finds a violating node whose selector matches `ours`: a file checks its own
 * components, and the parts around them have tests of their own.
 */
export async function assertNoViolationsIn(
  page: Page,
  ours: RegExp,
  label: string,
  tags: readonly string[] = WCAG21_AA,
): Promise<void> {
  const violations = violatingNodes(await axeViolations(page, tags)).filter((v) => ours.test(v));
  assert.deepEqual(violations, [], `axe on ${label}`);
}
