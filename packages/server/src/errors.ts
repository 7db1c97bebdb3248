import { ErrorCode } from './generated/enums.ts';

/**
 * The one enum of error codes (DESIGN.md §5) is `enum ErrorCode` in schema.graphql; codegen gives the
 * server, the SDK and the widget the same list. Domain code throws AppError; the GraphQL layer turns
 * it into a GraphQLError with `extensions.code`.
 */
export { ErrorCode };

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
