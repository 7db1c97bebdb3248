import { ConfigError, loadConfig, type Config } from '../config.ts';
import type { Command } from './command.ts';
const ok = (area: string, message: string): Finding => ({ level: 'ok', area, message });
import {
  checkAllowedOrigins,
  checkDatabase,
  checkPublicUrl,
  checkSmtp,
  checkStripe,
  type Finding,
} from './doctor-checks.ts';

const MARK: Record<Finding['level'], string> = { ok: 'ok     ', warn: 'warning', problem: 'PROBLEM' };

/**
 * The configuration as far as it is valid: every ConfigError problem becomes a
 * finding, and the settings it names are dropped so the other checks still run
 * (a missing DATABASE_URL under production still lets doctor try the rest).
 */
export function configForDoctor(env: Readonly<Record<string, string | undefined>>): {
  config: Config;
  findings: Finding[];
} {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let current: Record<string, string | undefined> = { ...env };
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const config = loadConfig(current);
      if (findings.length === 0)
        findings.push({ level: 'ok', area: 'configuration', message: 'every setting is valid' });
      return { config, findings };
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      for (const p of err.problems.filter((p) => !seen.has(p))) {
        seen.add(p);
        findings.push({ level: 'problem', area: 'configuration', message: p });
      }
      const invalid = err.problems.map((p) => p.split(':')[0]!).filter((name) => current[name] !== undefined);
      if (invalid.length > 0)
        current = Object.fromEntries(Object.entries(current).filter(([k]) => !invalid.includes(k)));
      // Only required-in-production settings are left missing: check the rest as development would.
      else current.NODE_ENV = 'development';
    }
  }
  throw new ConfigError(findings.map((f) => f.message));
}

export const doctor: Command = {
  path: ['doctor'],
  summary: 'check the configuration, database, migrations, Stripe, SMTP, PUBLIC_URL and allowed origins',
  details: [
    'Prints one line per check; exits 1 when any PROBLEM is found (warnings do not fail).',
    'Reads the same environment as the server (DATABASE_URL, STRIPE_SECRET_KEY, …); changes nothing.',
  ],
  options: {},
  migrates: false,
  async run(ctx) {
    const loaded = ctx.runningConfig
      ? { config: ctx.runningConfig, findings: [ok('configuration', 'checked in the running server, which holds it')] }
      : configForDoctor(ctx.env);
    const { config } = loaded;
    const production = ctx.env.NODE_ENV === 'production' || config.NODE_ENV === 'production';
    const findings: Finding[] = [];
    const report = (more: Finding[]) => {
      for (const f of more) ctx.print(`${MARK[f.level]}  ${f.area}: ${f.message}`);
      findings.push(...more);
    };
    report(loaded.findings);
    const database = await checkDatabase(config, ctx.runningConfig ? {} : ctx.env, () => ctx.openDatabase(config));
    report(database.findings);
    report(checkPublicUrl(config, production));
    report(await checkStripe(config, production));
    report(await checkSmtp(config, production));
    if (database.handle) report(await checkAllowedOrigins(database.handle, production));
    const problems = findings.filter((f) => f.level === 'problem').length;
    const warnings = findings.filter((f) => f.level === 'warn').length;
    const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
    ctx.print(
      problems === 0
        ? `No problems found${warnings ? ` (${plural(warnings, 'warning')})` : ''}.`
        : `${plural(problems, 'problem')} found${warnings ? `, ${plural(warnings, 'warning')}` : ''}.`,
    );
    return problems === 0 ? 0 : 1;
  },
};
