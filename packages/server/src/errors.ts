/**
 * The one enum of error codes (DESIGN.md §5). Domain code throws AppError; the
 * GraphQL layer turns it into a GraphQLError with `extensions.code`.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Machine-readable extras (field name, retryAfterSeconds, …) copied to extensions. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { details });
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} was not found`);
export const forbidden = (message = 'This API key may not do that') => new AppError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'A valid API key is required: Authorization: Bearer <key>') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const rateLimited = (retryAfterSeconds: number, message?: string) =>
  new AppError(ErrorCode.RATE_LIMITED, message ?? `Too many requests; try again in ${retryAfterSeconds} s`, {
    details: { retryAfterSeconds },
  });
