/** Bundles the example into dist/ (see build.mjs). */
export function buildExample(): Promise<void>;
