import {
  execute,
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { AppError } from '../errors.ts';
import type { GraphQLContext } from './context.ts';
import { toGraphQLError, type OperationGuard } from './guard.ts';
import { DOCUMENT_LIMITS, limitRules } from './limits.ts';

/** A POST body as Apollo reads it (runHttpQuery), already checked for shape by `directRequestOf`. */
export interface DirectRequest {
  readonly query: string;
  readonly operationName: string | undefined;
  readonly variables: Record<string, unknown> | undefined;
}

/** An answer as Apollo's HTTP layer gives it: status, headers in Apollo's order, the serialized body. */
export interface DirectAnswer {
  readonly status: number;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: string;
}

export interface DirectExecutorOptions {
  readonly schema: GraphQLSchema;
  readonly guard: Pick<OperationGuard, 'inspect' | 'admit'>;
  /** Apollo's `formatError` (format-error.ts). */
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The operation latency metric Apollo's ops plugin records (http/observability.ts). */
  readonly onOperation: (operationName: string | null, type: string, failed: boolean, seconds: number) => void;
}

interface Prepared {
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
}

// Distinct mutation texts kept parsed and validated; a client sends a handful (the widget: its SDK's).
const DOCUMENTS_MAX = 200;
const QUERY_MAX_LENGTH = 10_000;
const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
// The Accept values whose answer type is certain without Apollo's negotiation; others take Apollo.
const ANSWER_TYPE: Readonly<Record<string, string>> = {
  '': JSON_TYPE,
  '*/*': JSON_TYPE,
  'application/json': JSON_TYPE,
  'application/graphql-response+json': GRAPHQL_RESPONSE_TYPE,
};

/** The body's GraphQL request when it is plain enough for `DirectExecutor`, else undefined (Apollo reads it). */
export function directRequestOf(body: unknown): DirectRequest | undefined {
  if (!isRecord(body) || 'extensions' in body) return undefined; // persisted queries and the like: Apollo
  const { query, operationName, variables } = body;
  if (typeof query !== 'string' || query.length > QUERY_MAX_LENGTH) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  if (variables != null && !isRecord(variables)) return undefined;
  return { query, operationName: operationName ?? undefined, variables: variables ?? undefined };
}

/**
 * Apollo's request pipeline, for the one case the hold path is: a valid
 * mutation over HTTP from a public caller (issue 17). Apollo spends a third
 * of a hold's server time on its plugin machinery (a hash and a cache lookup
 * per request, a promise per hook, a hook per resolved field); this runs the
 * same steps directly: the document parsed and validated once per text (the
 * same rules and token limit), the operation guard (`inspect`, `admit`),
 * graphql-js `execute`, Apollo's error normalization with our `formatError`,
 * the request id in each error, the operation metric, Apollo's body and
 * headers (`cache-control: no-store`: a mutation is never cacheable).
 * Whatever could fail before the guard counts anything (unknown documents,
 * invalid ones, queries, bad variables, input caps) answers undefined
 * instead, and the caller hands the request to Apollo, which words it.
 */
export class DirectExecutor {
  private readonly documents = new Map<string, Prepared | null>();

  constructor(private readonly options: DirectExecutorOptions) {}

  /** Undefined when Apollo should answer (nothing was counted or run); the answer otherwise. */
  async run(
    request: DirectRequest,
    context: GraphQLContext,
    http: { readonly accept: string | undefined; readonly sameOrigin: boolean },
  ): Promise<DirectAnswer | undefined> {
    const started = process.hrtime.bigint(); // Apollo's ops plugin starts at requestDidStart
    const contentType = ANSWER_TYPE[http.accept ?? ''];
    const prepared = contentType ? this.prepare(request) : undefined;
    if (!contentType || !prepared) return undefined;
    const { schema, guard } = this.options;
    const { document, operation } = prepared;
    const guardRequest = { context, document, ...request, sameOrigin: http.sameOrigin };
    let summary;
    try {
      summary = guard.inspect(guardRequest);
    } catch {
      return undefined; // input caps and the like: the same refusal from Apollo's pass
    }
    if (!summary) return undefined; // variables graphql-js refuses: Apollo's 400

    const operationName = operation.name?.value ?? null;
    let errors: readonly GraphQLError[] | undefined;
    let result: ExecutionResult | undefined;
    try {
      await guard.admit(guardRequest, summary);
    } catch (err) {
      errors = [ensureGraphQLError(err instanceof AppError ? toGraphQLError(err, true) : err)];
    }
    if (!errors) {
      result = await execute({
        schema,
        document,
        contextValue: context,
        variableValues: request.variables,
        operationName: request.operationName,
      });
      errors = result.errors;
    }
    const { formatted, status, headers } = this.formatErrors(errors ?? [], context.request.requestId);
    this.options.onOperation(
      operationName,
      operation.operation,
      Boolean(errors?.length),
      Number(process.hrtime.bigint() - started) / 1e9,
    );
    // Apollo: an error before execution without an HTTP status is a 500; after it, 200.
    const answerStatus = status ?? (result ? 200 : 500);
    const body = {
      errors: formatted.length ? formatted : undefined,
      data: result?.data,
      extensions: result?.extensions,
    };
    return {
      status: answerStatus,
      headers: [...headers, ['cache-control', 'no-store'], ['content-type', contentType]],
      body: JSON.stringify(body) + '\n',
    };
  }

  /** The parsed and validated mutation for this text and name, or null when Apollo should have it. */
  private prepare(request: DirectRequest): Prepared | null {
    const key = `${request.operationName ?? ''}\n${request.query}`;
    let prepared = this.documents.get(key);
    if (prepared === undefined) {
      prepared = this.compile(request);
      if (this.documents.size >= DOCUMENTS_MAX) this.documents.delete(this.documents.keys().next().value!);
      this.documents.set(key, prepared);
    }
    return prepared;
  }

  private compile(request: DirectRequest): Prepared | null {
    let document: DocumentNode;
    try {
      document = parse(request.query, { maxTokens: DOCUMENT_LIMITS.maxTokens });
    } catch {
      return null;
    }
    if (validate(this.options.schema, document, [...specifiedRules, ...limitRules]).length) return null;
    const operation = getOperationAST(document, request.operationName);
    return operation?.operation === OperationTypeNode.MUTATION ? { document, operation } : null;
  }

  /** Apollo's normalizeAndFormatErrors with our formatError, then the request id (ops plugin). */
  private formatErrors(errors: readonly GraphQLError[], requestId: string) {
    let status: number | undefined;
    const headers: Array<[string, string]> = [];
    const formatted = errors.map((error) => {
      const { http, ...rest } = error.extensions as {
        http?: { status?: number; headers?: Map<string, string> };
        code?: unknown;
      };
      const extensions: Record<string, unknown> = { ...rest, code: rest.code ?? 'INTERNAL_SERVER_ERROR' };
      if (http) {
        if (http.status) status = http.status;
        for (const [name, value] of http.headers ?? []) headers.push([name, value]);
      }
      let answer: GraphQLFormattedError;
      try {
        answer = this.options.formatError({ ...error.toJSON(), extensions }, error);
      } catch {
        answer = { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return { ...answer, extensions: { ...answer.extensions, requestId } };
    });
    return { formatted, status, headers };
  }
}

function ensureGraphQLError(err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  const error = err instanceof Error ? err : new GraphQLError('Unexpected error value: ' + String(err));
  return error instanceof GraphQLError ? error : new GraphQLError(error.message, { originalError: error });
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
