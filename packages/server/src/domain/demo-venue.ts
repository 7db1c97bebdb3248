/** The seeded demo venue's embed key (DESIGN §8: docs, examples and tests rely on it). */
export const DEMO_EMBED_KEY = 'demo-mystery-manor';
