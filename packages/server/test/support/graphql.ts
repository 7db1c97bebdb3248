export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string; [k: string]: unknown } }>;
  status: number;
  headers: Headers;
}

export interface GqlOptions {
  apiKey?: string;
  headers?: Record<string, string>;
}

/** POSTs one operation to `${baseUrl}/graphql` and returns body + HTTP status. */
export async function gql<T = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: GqlOptions = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { ...body, status: res.status, headers: res.headers };
}

/** The first error code, for assertions that name codes, never message text. */
export const errorCode = (res: GraphQLResponse): string | undefined => res.errors?.[0]?.extensions?.code;
