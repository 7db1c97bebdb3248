/**
 * The node flags the server process starts with. `pnpm start` spells them in
 * package.json (test/foundation/launch-args.test.ts keeps the two equal); the
 * tests and benchmarks that run the server as a child process use this list,
 * so what they measure is what is deployed.
 *
 * --max-semi-space-size=32: a GraphQL request leaves a few hundred KiB of
 * short-lived objects; with V8's default 16 MiB nursery, those of requests
 * still in flight at a scavenge get promoted and collected again by the old
 * generation. 32 MiB cut server CPU per hold by 5–10 % (bench/reserve,
 * alternating A/B in one run); 64 MiB gained nothing more.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=32', '--import', 'tsx'];

/** The flags of `start:prod`, the compiled server on plain node, for the tests that run `dist/main.js`. */
export const COMPILED_SERVER_NODE_ARGS: readonly string[] = ['--enable-source-maps', '--max-semi-space-size=32'];
