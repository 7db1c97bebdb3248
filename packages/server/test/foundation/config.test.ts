import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../../src/config.ts';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

describe('configuration', () => {
  it('should apply the documented defaults when the environment is empty', () => {
    const config = loadConfig({});
    assert.equal(config.PORT, 4000);
    assert.equal(config.HOLD_MINUTES, 10);
    assert.equal(config.HOLDS_PER_EMAIL, 3);
    assert.equal(config.HOLDS_PER_IP, 3);
    assert.equal(config.SLOTKIT_DEMO, true);
    assert.equal(config.DATABASE_URL, undefined);
    assert.equal(config.DB_PREPARE, true);
    assert.equal(loadConfig({ DB_PREPARE: '0' }).DB_PREPARE, false);
  });

  it('should list every bad value, naming the setting', () => {
    assert.throws(
      () => loadConfig({ DATABASE_URL: 'nonsense', PORT: 'eighty', HOLDS_PER_IP: '-1' }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.equal(err.problems.length, 3);
        assert.ok(err.problems.some((p) => p.startsWith('DATABASE_URL')));
        assert.ok(err.problems.some((p) => p.startsWith('PORT')));
        assert.ok(err.problems.some((p) => p.startsWith('HOLDS_PER_IP')));
        return true;
      },
    );
  });

  it('should require the production settings when NODE_ENV=production', () => {
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production' }),
      (err: unknown) =>
        err instanceof ConfigError &&
        ['DATABASE_URL', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'PUBLIC_URL'].every((k) =>
          err.problems.some((p) => p.startsWith(k)),
        ),
    );
  });

  it('should turn a limit off with 0', () => {
    assert.equal(loadConfig({ HOLDS_PER_EMAIL: '0', RATE_LIMIT_PER_MINUTE: '0' }).RATE_LIMIT_PER_MINUTE, 0);
  });

  it('should exit non-zero with one human line, no stack trace, on a bad DATABASE_URL', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: { ...process.env, DATABASE_URL: 'nonsense', SLOTKIT_DEMO: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `expected one line, got:\n${run.stderr}`);
    assert.match(lines[0]!, /^slotkit: invalid configuration: DATABASE_URL: /);
    assert.doesNotMatch(run.stderr, /\bat .*\.ts:\d+/);
  });
});

describe('configuration under NODE_ENV=production', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://u@db:5432/x',
    STRIPE_SECRET_KEY: 'sk_live_x',
    STRIPE_WEBHOOK_SECRET: 'whsec_x',
    PUBLIC_URL: 'https://book.example',
  };

  it('should leave the demo off unless SLOTKIT_DEMO=1 is set explicitly', () => {
    assert.equal(loadConfig(production).SLOTKIT_DEMO, false);
    assert.equal(loadConfig({ ...production, SLOTKIT_DEMO: '1' }).SLOTKIT_DEMO, true);
    assert.equal(loadConfig({ NODE_ENV: 'development' }).SLOTKIT_DEMO, true);
    assert.equal(loadConfig({ SLOTKIT_DEMO: '0' }).SLOTKIT_DEMO, false);
  });
});
