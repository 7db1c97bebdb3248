import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS, runCli } from '../../src/cli/run.ts';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: {}, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

describe('slotkit --help', () => {
  it('should list every command, and document each one with its options', async () => {
    const overview = await run(['--help']);
    assert.equal(overview.code, 0);
    for (const command of COMMANDS) {
      assert.ok(overview.out.includes(command.path.join(' ')), `${command.path.join(' ')} listed`);
      const help = await run([...command.path, '--help']);
      assert.equal(help.code, 0);
      assert.match(help.out, new RegExp(`^Usage: slotkit ${command.path.join(' ')}`));
      for (const name of Object.keys(command.options)) assert.ok(help.out.includes(`--${name}`), `--${name}`);
      assert.deepEqual(help.err, []);
    }
    assert.deepEqual(COMMANDS.map((c) => c.path.join(' ')).sort(), [
      'api-key create',
      'api-key list',
      'api-key revoke',
      'demo seed',
      'doctor',
      'migrate',
      'org create',
      'org list',
      'sessions generate',
    ]);
  });

  it('should refuse an unknown option with one line and exit code 2, touching no database', async () => {
    const result = await run(['org', 'create', '--name', 'X', '--colour', 'red']);
    assert.equal(result.code, 2);
    assert.equal(result.err.length, 1);
    assert.match(result.err[0]!, /^slotkit: .*--colour/);
  });
});
