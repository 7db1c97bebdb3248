import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD (2026-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function scalarError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw scalarError(`Date must be a real date as YYYY-MM-DD`);
  return value;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw scalarError('DateTime must be ISO 8601 with an offset, e.g. 2026-11-26T09:00:00Z');
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw scalarError('DateTime is not a real instant');
  return new Date(ms).toISOString();
}

const literal = (parse: (v: unknown) => string) => (ast: ValueNode) => {
  if (ast.kind !== Kind.STRING) throw scalarError('Expected a string literal');
  return parse(ast.value);
};

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'YYYY-MM-DD, venue-local',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseDate(v)),
  parseValue: parseDate,
  parseLiteral: literal(parseDate),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO 8601 with offset',
  serialize: (v) => (v instanceof Date ? v.toISOString() : parseDateTime(v)),
  parseValue: parseDateTime,
  parseLiteral: literal(parseDateTime),
});
