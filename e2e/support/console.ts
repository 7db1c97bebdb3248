import type { Page } from 'playwright-core';
import { loadAxe } from './browser.ts';

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * axe-core (WCAG 2.1 A/AA rules) over the page, shadow roots included, under the page's real CSP (loadAxe).
 * Frames are left out: the GraphQL tab's GraphiQL is a third-party page of its own.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await loadAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
    const result = await axe.run(
      { exclude: [['iframe']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, iframes: false },
    );
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n: any) => JSON.stringify(n.target)),
    }));
  });
}

/** Signs in through the form as a person would. */
export async function signIn(page: Page, url: string, key: string): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('Admin API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
