export { createSlotkitClient } from './client.ts';
export type {
  OperationArgs,
  RequestOptions,
  ResultOf,
  SlotkitClient,
  SlotkitClientOptions,
  SlotkitSubscription,
  TypedDocument,
  VariablesOf,
} from './client.ts';
export { isSlotkitError, SlotkitError } from './errors.ts';
export type { ErrorCode, SlotkitErrorCode, SlotkitGraphQLError } from './errors.ts';
export * from './generated/graphql.ts';
export * from './generated/index.ts';
