import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { startApp, type App } from '../../src/bootstrap.ts';
import { testConfig } from '../../src/config.ts';
import { activitySessions, apiKeys } from '../../src/db/schema/index.ts';
import { hashApiKey } from '../../src/domain/admin/api-keys.ts';
import { controlSocketPath } from '../../src/cli/control-socket.ts';
import { openTestDatabase, testDriver, type TestDatabase } from '../support/database.ts';
import { gql } from '../support/graphql.ts';
import { localDateAhead } from '../support/venue-time.ts';
import { makeCatalog } from '../admin/fixtures.ts';
import { printedId, printedKey, runSlotkit, runSlotkitInProcess } from './run-cli.ts';

const ORGANIZATION = `{ organization { id name } }`;

/**
 * The `slotkit` CLI as operators run it, on the server's own settings. On PGlite the first command
 * opens the folder itself; then a server holds the folder and the commands run inside it through its
 * control socket (a second process must never open a PGlite folder in use). On PostgreSQL every
 * command connects by DATABASE_URL while the server runs. Where the process itself is the subject
 * (the first command, a bad usage's exit code and lone stderr line, a second process on a PGlite
 * folder) it is a child process; the other commands run in this process with the same environment.
 */
describe(`slotkit CLI (${testDriver()})`, () => {
  const driver = testDriver();
  let dataDir = '';
  let database: TestDatabase | undefined;
  let env: Record<string, string> = {};
  let app: App;
  let url = '';
  let organizationId = '';
  let firstKey = '';

  before(async () => {
    if (driver === 'postgres') {
      database = await openTestDatabase('postgres');
      env = { DATABASE_URL: database.url! };
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'slotkit-cli-'));
      env = { SLOTKIT_DATA_DIR: dataDir };
    }
    // Before any server runs: the command opens (and migrates) the database itself.
    const created = await runSlotkit(['org', 'create', '--name', 'Harbour Tours'], env);
    assert.equal(created.code, 0, created.stderr);
    organizationId = printedId(created.stdout, 'Organization id');
    firstKey = printedKey(created.stdout);
    const config = testConfig({ PORT: 0, HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: 0, SLOTKIT_DATA_DIR: dataDir });
    app = await startApp(
      driver === 'postgres'
        ? { config, dbHandle: database!.handle }
        : { config: { ...config, SLOTKIT_DATA_DIR: dataDir } },
    );
    url = app.server.url;
  });

  after(async () => {
    await app?.stop();
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('should print an organization id and an admin key that works against the API, storing only its hash', async () => {
    const res = await gql(url, ORGANIZATION, {}, { apiKey: firstKey });
    assert.deepEqual(res.data, { organization: { id: organizationId, name: 'Harbour Tours' } });
    const stored = await app.services.db.select().from(apiKeys).where(eq(apiKeys.organizationId, organizationId));
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.keyHash, hashApiKey(firstKey));
    assert.notEqual(stored[0]!.keyHash, firstKey);
  });

  it('should create a second key while the server runs: list keys (no secrets), revoke one', async () => {
    const created = await runSlotkitInProcess(['api-key', 'create', '--org', organizationId, '--label', 'ci'], env);
    assert.equal(created.code, 0, created.stderr);
    const key = printedKey(created.stdout);
    const keyId = printedId(created.stdout, 'API key id');
    assert.equal((await gql(url, ORGANIZATION, {}, { apiKey: key })).data?.organization.id, organizationId);

    const listed = await runSlotkitInProcess(['api-key', 'list', '--org', organizationId], env);
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal(listed.stdout.trim().split('\n').length, 2);
    assert.match(listed.stdout, new RegExp(`${keyId} .* active  ci`));
    assert.ok(!listed.stdout.includes('slk_'), 'secrets are never listed');

    const revoked = await runSlotkitInProcess(['api-key', 'revoke', keyId], env);
    assert.equal(revoked.code, 0, revoked.stderr);
    const refused = await gql(url, ORGANIZATION, {}, { apiKey: key });
    assert.equal(refused.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal((await gql(url, ORGANIZATION, {}, { apiKey: firstKey })).data?.organization.id, organizationId);
  });

  it('should generate sessions idempotently from the schedule', async () => {
    const { activityId } = await makeCatalog(url, firstKey, 'Harbour');
    const from = localDateAhead('Europe/Berlin', 10);
    const args = ['sessions', 'generate', '--activity', activityId, '--days', '2', '--from', from];
    const first = await runSlotkitInProcess(args, env);
    assert.equal(first.code, 0, first.stderr);
    const sessions = await app.services.db
      .select()
      .from(activitySessions)
      .where(eq(activitySessions.activityId, activityId));
    const inRange = sessions.filter((s) => s.localDate >= from && s.localDate <= localDateAhead('Europe/Berlin', 11));
    // Every day, 09:00–12:00 every 60 minutes: 3 sessions a day (makeCatalog's schedule).
    assert.equal(inRange.length, 6);
    assert.match(first.stdout, /Created 6 session\(s\); 0 already existed/);
    const again = await runSlotkitInProcess(args, env);
    assert.match(again.stdout, /Created 0 session\(s\); 6 already existed/);
  });

  it('should say that migrations are current and that a non-empty database is not seeded', async () => {
    const migrated = await runSlotkitInProcess(['migrate'], env);
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.match(migrated.stdout, /up to date/);
    const seeded = await runSlotkitInProcess(['demo', 'seed'], env);
    assert.equal(seeded.code, 0, seeded.stderr);
    assert.match(seeded.stdout, /nothing seeded/);
  });

  it('should fail with exactly one line and a non-zero code on bad usage or an unknown organization', async () => {
    // The first as a real process: its exit code, and nothing else on its stderr (no stack, no warning).
    const cases: Array<[string[], number, RegExp, typeof runSlotkit]> = [
      [['org', 'create'], 2, /--name is required/, runSlotkit],
      [
        ['api-key', 'create', '--org', '00000000-0000-4000-8000-000000000000'],
        1,
        /Organization was not found/,
        runSlotkitInProcess,
      ],
      [
        ['sessions', 'generate', '--activity', 'x', '--days', 'many'],
        2,
        /--days must be a whole number/,
        runSlotkitInProcess,
      ],
      [['org', 'destroy'], 2, /unknown command "org destroy"/, runSlotkitInProcess],
    ];
    for (const [args, code, message, run] of cases) {
      const result = await run(args, env);
      assert.equal(result.code, code, `${args.join(' ')}: ${result.stderr}`);
      assert.equal(result.stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
    }
  });

  it('should find no problem with doctor on a working development setup', async () => {
    await makeCatalog(url, firstKey, 'Checked');
    const result = await runSlotkitInProcess(['doctor'], env);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^ok +database: connected/m);
    assert.match(result.stdout, /^ok +migrations: all \d+ applied/m);
    assert.match(result.stdout, /^ok +allowed origins of "Checked": https:\/\/shop\.example/m);
    assert.match(result.stdout, /^No problems found/m);
  });

  if (driver === 'pglite')
    it('should run commands inside the server that holds a PGlite folder (control socket)', async () => {
      // Only the server may open the folder while it runs: the socket exists, and the key made through
      // it is one the running server (not a stale copy) knows.
      const created = await runSlotkit(['org', 'create', '--name', 'While Running'], env);
      assert.equal(created.code, 0, created.stderr);
      const res = await gql(url, ORGANIZATION, {}, { apiKey: printedKey(created.stdout) });
      assert.equal(res.data?.organization.name, 'While Running');
      assert.ok(existsSync(controlSocketPath(dataDir)));
    });
});
