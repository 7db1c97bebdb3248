import type { ErrorCode } from './generated/enums.js';

export type { ErrorCode };

/** The codes the Slotkit API puts in `extensions.code` (schema.graphql `enum ErrorCode`), plus NETWORK_ERROR for
 * requests that never got an answer. */
export type SlotkitErrorCode = ErrorCode | 'NETWORK_ERROR';

/** One GraphQL error as the server formats it. */
export interface SlotkitGraphQLError {
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly extensions?: { readonly code?: string; readonly [key: string]: unknown };
}

/**
 * Every failed operation rejects with this. Programs branch on `code`
 * (messages are for people); `errors` holds every GraphQL error, `data` any
 * partial result, `extensions` the first error's extras (e.g. retryAfterSeconds).
 */
export class SlotkitError extends Error {
  readonly code: SlotkitErrorCode | (string & {});
  readonly errors: readonly SlotkitGraphQLError[];
  readonly status: number | undefined;
  readonly data: unknown;

  constructor(
    code: SlotkitErrorCode | (string & {}),
    message: string,
    errors: readonly SlotkitGraphQLError[],
    options: { status?: number; data?: unknown; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'SlotkitError';
    this.code = code;
    this.errors = errors;
    this.status = options.status;
    this.data = options.data;
  }

  get extensions(): Readonly<Record<string, unknown>> {
    return this.errors[0]?.extensions ?? {};
  }
}

/** Narrows an unknown rejection: `if (isSlotkitError(err, 'NOT_FOUND')) …` */
export function isSlotkitError(err: unknown, code?: SlotkitErrorCode): err is SlotkitError {
  return err instanceof SlotkitError && (code === undefined || err.code === code);
}
