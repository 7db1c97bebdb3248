import { execute, subscribe, type ExecutionArgs } from 'graphql';
import { requestScope } from './request-scope.ts';

/** The request id graphql-ws hooks put in the context value (`GraphQLContext.request`). */
const idOf = (args: ExecutionArgs) =>
  (args.contextValue as { request?: { requestId?: string } } | undefined)?.request?.requestId;

type Subscribe = (args: ExecutionArgs) => ReturnType<typeof subscribe>;

/**
 * graphql-ws `execute`/`subscribe` that run each operation inside its request
 * scope, so log lines a ws operation causes carry its request id like HTTP ones.
 * `subscribeWith` replaces graphql-js `subscribe` (the shared fanout execution).
 */
export function wsInRequestScope(subscribeWith: Subscribe = subscribe) {
  return {
    execute: (args: ExecutionArgs) => {
      const requestId = idOf(args);
      return requestId ? requestScope.run({ requestId }, () => execute(args)) : execute(args);
    },
    subscribe: (args: ExecutionArgs) => {
      const requestId = idOf(args);
      return requestId ? requestScope.run({ requestId }, () => subscribeWith(args)) : subscribeWith(args);
    },
  };
}
