// The examples' own static server (examples/serve.mjs): e2e serves the pages exactly as `pnpm examples` does.
// @ts-expect-error: a plain .mjs module without type declarations
import { serveStatic as serve } from '../../examples/serve.mjs';

export const serveStatic = serve as (
  dir: string,
  slotkitUrl: string,
) => Promise<{ url: string; close(): Promise<void> }>;
