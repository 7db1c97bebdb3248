import type { Config } from '../config.ts';
import type { DbHandle } from '../db/client.ts';
import type { Logger } from '../observability/logger.ts';

/** What a command's run() gets: its parsed options, output, and the database opened on first use. */
export interface CommandContext {
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The server's configuration (config.ts), read on first use: invalid settings end the command with one line. */
  readonly config: Config;
  /** Set when the command runs inside a server (control-socket.ts): that server's own, already valid, settings. */
  readonly runningConfig?: Config;
  readonly logger: Logger;
  /** The server's database (DATABASE_URL, else PGlite in SLOTKIT_DATA_DIR), migrated unless `migrates: false`. */
  db(): Promise<DbHandle>;
  /** A database of the given configuration, not migrated; closed when the command ends. */
  openDatabase(config: Config): Promise<DbHandle>;
  /** One line on stdout (results a script may read). */
  print(line: string): void;
  now(): Date;
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly description: string;
  readonly required?: boolean;
  /** Placeholder shown in help, e.g. `<id>`. */
  readonly value?: string;
}

export interface Command {
  /** Words after `slotkit`, e.g. ['org', 'create']. */
  readonly path: readonly string[];
  readonly summary: string;
  /** More lines for `--help`. */
  readonly details?: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The positional argument it takes, if any, e.g. '<key-id>'. */
  readonly positional?: string;
  /** false: the command does not open the database itself before running (doctor checks it). @default true */
  readonly migrates?: boolean;
  /** Resolves to the process exit code (0 unless the command found problems it already printed). */
  run(ctx: CommandContext): Promise<number | void>;
}

/** A failure the user can fix: printed as one line, exit code 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(message, 2);
