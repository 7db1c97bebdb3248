export { createSlotkitClient } from './client.js';
export type {
  OperationArgs,
  RequestOptions,
  ResultOf,
  SlotkitClient,
  SlotkitClientOptions,
  SlotkitSubscription,
  TypedDocument,
  VariablesOf,
} from './client.js';
export { isSlotkitError, SlotkitError } from './errors.js';
export type { ErrorCode, SlotkitErrorCode, SlotkitGraphQLError } from './errors.js';
export * from './generated/graphql.js';
export * from './generated/index.js';
