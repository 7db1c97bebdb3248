import {
  GraphQLError,
  getOperationAST,
  parse,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import type { Context, ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { Config } from '../config.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { toGraphQLError, type OperationGuard } from '../graphql/guard.ts';
import { DOCUMENT_LIMITS, validateWithLimits, withoutSuggestions } from '../graphql/limits.ts';
import { isOwnOrigin } from './own-origin.ts';

type Options = ServerOptions<Record<string, unknown>, Extra>;
type WsContext = Context<Record<string, unknown>, Extra>;

export interface WsGuardOptions {
  schema: GraphQLSchema;
  config: Pick<Config, 'PUBLIC_URL'>;
  guard: OperationGuard;
  /** Strip "Did you mean …?" from validation messages (production). */
  hideSuggestions: boolean;
}

/**
 * Gives WebSocket operations the protections Apollo gives HTTP ones: a
 * token-limited parse, the document limits, and the operation guard (input
 * caps, venue origin, rate limits). Wraps the realtime hooks (graphql-ws.ts):
 * their onSubscribe runs first, their context builds the context value.
 */
export function withWsGuard<H extends Pick<Options, 'onSubscribe' | 'context'>>(hooks: H, options: WsGuardOptions): H {
  const inputError = (message: string, reason: string) =>
    new GraphQLError(options.hideSuggestions ? withoutSuggestions(message) : message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason },
    });

  const onSubscribe: Options['onSubscribe'] = async (ctx, id, payload) => {
    const earlier = await hooks.onSubscribe?.(ctx, id, payload);
    if (earlier) return earlier;
    if (typeof payload.query !== 'string') return [inputError('query must be a string', 'GRAPHQL_PARSE_FAILED')];
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: DOCUMENT_LIMITS.maxTokens });
    } catch (err) {
      return [inputError(err instanceof Error ? err.message : 'Syntax error', 'GRAPHQL_PARSE_FAILED')];
    }
    const invalid = validateWithLimits(options.schema, document);
    if (invalid.length) return invalid.map((e) => inputError(e.message, 'GRAPHQL_VALIDATION_FAILED'));
    // Variables are input too: coerced here, as Apollo does over HTTP, so a bad one is BAD_USER_INPUT rather
    // than an error thrown mid-execution and reported INTERNAL (issue 16 item 12).
    const operation = getOperationAST(document, payload.operationName);
    if (operation) {
      const coerced = getVariableValues(options.schema, operation.variableDefinitions ?? [], payload.variables ?? {}, {
        maxErrors: 10,
      });
      if (coerced.errors) return coerced.errors.map((e) => inputError(e.message, 'BAD_USER_INPUT'));
    }
    const args: ExecutionArgs = {
      schema: options.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
    try {
      const contextValue = (await contextOf(hooks, ctx, id, payload, args)) as GraphQLContext;
      const origin = ctx.extra.request.headers.origin;
      await options.guard.check({
        context: contextValue,
        document,
        operationName: payload.operationName,
        variables: payload.variables,
        sameOrigin: !origin || isOwnOrigin(options.config, origin, ctx.extra.request.headers.host),
      });
      return { ...args, contextValue };
    } catch (err) {
      if (err instanceof AppError) return [toGraphQLError(err, false)];
      if (err instanceof GraphQLError) return [err];
      throw err;
    }
  };
  return { ...hooks, onSubscribe };
}

async function contextOf(
  hooks: Pick<Options, 'context'>,
  ctx: WsContext,
  id: string,
  payload: Parameters<NonNullable<Options['onSubscribe']>>[2],
  args: ExecutionArgs,
): Promise<unknown> {
  return typeof hooks.context === 'function' ? hooks.context(ctx, id, payload, args) : hooks.context;
}
