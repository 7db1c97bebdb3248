import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createDb, type DbHandle } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { AppError } from '../errors.ts';
import { createLogger } from '../observability/logger.ts';
import { forwardToServer } from './control-socket.ts';
import { CliError, usageError, type Command, type CommandContext, type OptionSpec } from './command.ts';
import { doctor } from './doctor.ts';
import { demoSeed, migrate, sessionsGenerate } from './ops-commands.ts';
import { apiKeyCreate, apiKeyList, apiKeyRevoke, orgCreate, orgList } from './org-commands.ts';

/** Every command, in the order `slotkit --help` lists them. */
export const COMMANDS: readonly Command[] = [
  orgCreate,
  orgList,
  apiKeyCreate,
  apiKeyList,
  apiKeyRevoke,
  migrate,
  sessionsGenerate,
  demoSeed,
  doctor,
];

export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  out(line: string): void;
  err(line: string): void;
  now?: () => Date;
  /** The running server's open database (control-socket.ts): commands use it and leave it open. */
  database?: DbHandle;
  /** …and that server's settings, which then stand in for `env`. */
  config?: Config;
}

const ENVIRONMENT_NOTE = [
  'Settings come from the environment, as for the server: DATABASE_URL (PostgreSQL), else the embedded',
  'PGlite database in SLOTKIT_DATA_DIR (default ./.slotkit where pnpm was run). PGlite is single-process:',
  'stop a server using the same folder first.',
];

function commandUsage(command: Command): string {
  const options = Object.entries(command.options).map(([name, o]) => {
    const flag = `--${name}${o.value ? ` ${o.value}` : ''}`;
    return o.required ? flag : `[${flag}]`;
  });
  return ['slotkit', ...command.path, ...(command.positional ? [command.positional] : []), ...options].join(' ');
}

const flagOf = (name: string, o: OptionSpec) => `--${name}${o.value ? ` ${o.value}` : ''}`;

function commandHelp(command: Command): string[] {
  const width = Math.max(6, ...Object.entries(command.options).map(([n, o]) => n.length + (o.value?.length ?? 0) + 3));
  return [
    `Usage: ${commandUsage(command)}`,
    '',
    `${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`,
    ...(command.details ?? []),
    '',
    'Options:',
    ...Object.entries(command.options).map(
      ([name, o]) => `  ${flagOf(name, o).padEnd(width)}  ${o.description}${o.required ? ' (required)' : ''}`,
    ),
    `  ${'--help'.padEnd(width)}  show this help`,
    '',
    ...ENVIRONMENT_NOTE,
  ];
}

function overview(prefix: readonly string[] = []): string[] {
  const listed = COMMANDS.filter((c) => prefix.every((word, i) => c.path[i] === word));
  const width = Math.max(...listed.map((c) => c.path.join(' ').length));
  return [
    `Usage: slotkit ${[...prefix, '<command>'].join(' ')} [options]   (pnpm slotkit … from the repository)`,
    '',
    'Commands:',
    ...listed.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    `Run \`slotkit <command> --help\` for its options.`,
    ...ENVIRONMENT_NOTE,
  ];
}

/** The command named by the first words of argv, and the rest of argv. */
function findCommand(argv: readonly string[]): { command?: Command; rest: string[]; words: string[] } {
  const words = argv.slice(0, argv.findIndex((a) => a.startsWith('-')) >>> 0);
  for (const command of COMMANDS) {
    if (command.path.every((word, i) => argv[i] === word))
      return { command, rest: argv.slice(command.path.length), words };
  }
  return { rest: [], words };
}

/** One line for any failure: what went wrong, never a stack trace. */
function describeFailure(err: unknown): string {
  if (err instanceof ConfigError) return `invalid configuration: ${err.problems.join('; ')}`;
  if (err instanceof AppError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0]!;
  return String(err);
}

/**
 * Runs one `slotkit` invocation and resolves to its exit code: 0 done, 1 failed
 * (one line on stderr saying why), 2 bad usage. The database, when a command
 * opened one, is closed before returning.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const { command, rest, words } = findCommand(argv);
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (!command) {
    const known = COMMANDS.some((c) => c.path[0] === words[0]);
    if (wantsHelp || argv.length === 0 || (known && words.length === 1)) {
      overview(known ? words.slice(0, 1) : []).forEach((l) => io.out(l));
      return argv.length === 0 || wantsHelp ? 0 : 2;
    }
    io.err(`slotkit: unknown command "${argv.filter((a) => !a.startsWith('-')).join(' ')}" (see slotkit --help)`);
    return 2;
  }
  if (wantsHelp) {
    commandHelp(command).forEach((l) => io.out(l));
    return 0;
  }
  const opened: DbHandle[] = [];
  try {
    const parsed = parseCommandArgs(command, rest);
    if (!io.database) {
      const forwarded = await forwardToRunningServer(argv, io);
      if (forwarded !== undefined) return forwarded;
    }
    let config: Config | undefined;
    let database: Promise<DbHandle> | undefined;
    const openDatabase = async (cfg: Config) => {
      if (io.database) return io.database;
      const handle = await createDb({
        url: cfg.DATABASE_URL,
        dataDir: cfg.SLOTKIT_DATA_DIR,
        max: 2,
        prepare: cfg.DB_PREPARE,
      });
      opened.push(handle);
      return handle;
    };
    const ctx: CommandContext = {
      ...parsed,
      env: io.env,
      get config() {
        return (config ??= io.config ?? loadConfig(io.env));
      },
      runningConfig: io.config,
      logger: createLogger(io.env.LOG_LEVEL ?? 'warn', process.stderr),
      db() {
        database ??= openDatabase(ctx.config).then(async (handle) => {
          if (command.migrates !== false) await runMigrations(handle);
          return handle;
        });
        return database;
      },
      openDatabase,
      print: (line) => io.out(line),
      now: io.now ?? (() => new Date()),
    };
    return (await command.run(ctx)) ?? 0;
  } catch (err) {
    io.err(`slotkit: ${describeFailure(err)}`);
    return err instanceof CliError ? err.exitCode : 1;
  } finally {
    await Promise.allSettled(opened.map((h) => h.close()));
  }
}

/** A server on the same PGlite folder runs the command itself (control-socket.ts); undefined when none does. */
function forwardToRunningServer(argv: readonly string[], io: CliIo): Promise<number | undefined> {
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch {
    return Promise.resolve(undefined);
  }
  if (config.DATABASE_URL || config.SLOTKIT_DATA_DIR.startsWith('memory://')) return Promise.resolve(undefined);
  return forwardToServer(config.SLOTKIT_DATA_DIR, argv, io);
}

function parseCommandArgs(command: Command, args: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: Object.fromEntries(Object.entries(command.options).map(([name, o]) => [name, { type: o.type }])),
      allowPositionals: Boolean(command.positional),
      strict: true,
    });
  } catch (err) {
    throw usageError(`${(err as Error).message.split('\n')[0]} (usage: ${commandUsage(command)})`);
  }
  for (const [name, o] of Object.entries(command.options)) {
    if (o.required && (parsed.values[name] === undefined || parsed.values[name] === ''))
      throw usageError(`--${name} is required (usage: ${commandUsage(command)})`);
  }
  return { options: parsed.values, positionals: parsed.positionals };
}
