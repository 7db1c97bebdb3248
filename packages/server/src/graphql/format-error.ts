import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode } from '../errors.ts';
import type { Logger } from '../observability/logger.ts';
import { withoutSuggestions } from './limits.ts';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/unavailable.ts';

// Apollo's own codes for documents that cannot run are reported as bad input
// (DESIGN.md §5 has one list of codes); the original stays in `reason`.
const INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);
// Codes of the schema's list (PERSISTED_QUERY_NOT_FOUND is Apollo's own) keep their GraphQLError.
const PASS_THROUGH = new Set<string>(Object.values(ErrorCode));

/**
 * Every error as the fixed codes (DESIGN.md §5). Issue 16 item 10: an unexpected (INTERNAL) error never
 * carries its message, SQL or stack to the caller in any mode (the log has it, under the request id);
 * with `showSuggestions` false (production) no "Did you mean …" survives in any input error.
 */
export function createFormatError(logger: Logger, showSuggestions: boolean) {
  const clean = (message: string) => (showSuggestions ? message : withoutSuggestions(message));
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        ...formatted,
        message: clean(original.message),
        extensions: { ...original.details, code: original.code },
      };
    }
    const rawCode = formatted.extensions?.code;
    const code = typeof rawCode === 'string' ? rawCode : '';
    if (INPUT_CODES.has(code)) {
      const reason = code === 'BAD_USER_INPUT' ? undefined : code;
      return {
        ...formatted,
        message: clean(formatted.message),
        extensions: { code: ErrorCode.BAD_USER_INPUT, ...(reason ? { reason } : {}) },
      };
    }
    if (PASS_THROUGH.has(code) && original instanceof GraphQLError) {
      return { ...formatted, extensions: { ...formatted.extensions, stacktrace: undefined } };
    }
    if (isDatabaseUnavailable(original)) {
      // Not a bug: an outage. INTERNAL (the fixed code list) marked retryable.
      logger.warn({ err: original, path: formatted.path }, 'database unavailable during GraphQL operation');
      return {
        message: 'The service is briefly unavailable; try again',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.INTERNAL, retryable: true, retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL },
    };
  };
}
