import {
  getOperationAST,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values.js';

export interface RootField {
  readonly name: string;
  /** Coerced arguments, exactly as the resolver will receive them. */
  readonly args: Readonly<Record<string, unknown>>;
}

export interface OperationSummary {
  readonly operation: OperationDefinitionNode;
  readonly fields: readonly RootField[];
}

/**
 * The root fields an operation will run and their coerced arguments, so the
 * guards (origin, rate limits, input caps) see what resolvers will see before
 * anything executes. Returns undefined when graphql-js itself will reject the
 * request (unknown operation, bad variables); the executor reports that.
 */
export function summarizeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): OperationSummary | undefined {
  const shape = shapeOf(schema, document, operationName);
  if (!shape) return undefined;
  const coerced = getVariableValues(schema, shape.operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 1,
  });
  if (coerced.errors) return undefined;
  const fields: RootField[] = [];
  for (const { node, def } of shape.fields) {
    try {
      fields.push({ name: node.name.value, args: getArgumentValues(def, node, coerced.coerced) });
    } catch {
      return undefined; // invalid literal: the executor reports it as BAD_USER_INPUT
    }
  }
  return { operation: shape.operation, fields };
}

interface OperationShape {
  readonly operation: OperationDefinitionNode;
  readonly fields: ReadonlyArray<{ readonly node: FieldNode; readonly def: GraphQLField<unknown, unknown> }>;
}

// Apollo hands the same DocumentNode for the same query text (its document store), so the walk
// below runs once per operation text, not once per request; only the variables differ per request.
const shapes = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, OperationShape | null>>>();

function shapeOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationShape | undefined {
  let byDocument = shapes.get(schema);
  if (!byDocument) shapes.set(schema, (byDocument = new WeakMap()));
  let byName = byDocument.get(document);
  if (!byName) byDocument.set(document, (byName = new Map<string, OperationShape | null>()));
  const name = operationName ?? '';
  let shape = byName.get(name);
  if (shape === undefined) byName.set(name, (shape = computeShape(schema, document, operationName) ?? null));
  return shape ?? undefined;
}

function computeShape(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationShape | undefined {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return undefined;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return undefined;
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const fields: Array<OperationShape['fields'][number]> = [];
  for (const node of collectRootFields(operation.selectionSet, fragments, new Set())) {
    const def = rootType.getFields()[node.name.value];
    if (def) fields.push({ node, def }); // else __typename and friends
  }
  return { operation, fields };
}

function* collectRootFields(
  set: SelectionSetNode,
  fragments: ReadonlyMap<string, SelectionSetNode>,
  seen: Set<string>,
): Generator<FieldNode> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* collectRootFields(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) yield* collectRootFields(fragment, fragments, seen);
    }
  }
}
