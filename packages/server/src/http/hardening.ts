import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { AppError } from '../errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { OperationGuard, toGraphQLError } from '../graphql/guard.ts';
import { DOCUMENT_LIMITS, limitRules } from '../graphql/limits.ts';
import { OperationVenues } from '../graphql/operation-venues.ts';
import type { AppServices } from '../services.ts';
import { graphqlBodyErrors } from './body-errors.ts';
import { graphqlCors } from './cors.ts';
import { OriginPolicy } from './origin-policy.ts';
import { isOwnOrigin } from './own-origin.ts';
import { RateLimiter } from './rate-limiter.ts';
import { securityHeaders } from './security-headers.ts';
import { withWsGuard } from './ws-hooks.ts';

type ApolloHardening = Pick<
  ApolloServerOptions<GraphQLContext>,
  | 'validationRules'
  | 'parseOptions'
  | 'allowBatchedHttpRequests'
  | 'hideSchemaDetailsFromClientErrors'
  | 'includeStacktraceInErrorResponses'
> & { plugins: ApolloServerPlugin<GraphQLContext>[] };

/**
 * Every cross-cutting protection of the HTTP/GraphQL surface, built once per
 * server: CORS, security headers, body errors, document limits, the
 * per-operation guard (input caps, venue origins, rate limits).
 */
export function createHardening(services: AppServices, schema: GraphQLSchema) {
  const { config, logger } = services;
  const production = config.NODE_ENV === 'production';
  const origins = new OriginPolicy({ dbHandle: services.dbHandle, logger });
  const limiter = new RateLimiter({ db: services.db, logger, now: () => services.now() });
  const guard = new OperationGuard({
    schema,
    config,
    origins,
    limiter,
    venues: new OperationVenues(services.db, origins),
  });

  const guardPlugin: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const origin = request.http?.headers.get('origin');
          try {
            await guard.check({
              context: contextValue,
              document,
              operationName: request.operationName,
              variables: request.variables,
              sameOrigin: !origin || isOwnOrigin(config, origin, request.http?.headers.get('host')),
            });
          } catch (err) {
            throw err instanceof AppError ? toGraphQLError(err, true) : err;
          }
        },
      };
    },
  };

  const apollo: ApolloHardening = {
    validationRules: [...limitRules],
    parseOptions: { maxTokens: DOCUMENT_LIMITS.maxTokens },
    // One operation per HTTP request: a batch would multiply every limit above.
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    // Stack traces name files and SQL: never sent, in any mode (the log has them).
    includeStacktraceInErrorResponses: false,
    plugins: [guardPlugin],
  };

  return {
    guard,
    origins,
    limiter,
    apollo,
    securityHeaders: securityHeaders(),
    cors: graphqlCors(config, origins),
    bodyErrors: graphqlBodyErrors(logger),
    /** Wraps the graphql-ws hooks with the same limits and guard (http/ws-hooks.ts). */
    ws: <H extends Parameters<typeof withWsGuard>[0]>(hooks: H) =>
      withWsGuard(hooks, { schema, config, guard, hideSuggestions: production }),
    start: () => origins.start(),
    stop: () => origins.stop(),
  };
}

export type Hardening = ReturnType<typeof createHardening>;
