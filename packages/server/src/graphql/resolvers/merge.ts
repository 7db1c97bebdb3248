import type { Resolvers } from '../generated/resolvers-types.ts';

/** Merges per-area resolver maps type by type; a field defined twice is a programming error. */
export function mergeResolvers(parts: readonly Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part)) {
      if (fields && typeof fields === 'object' && !(fields.constructor?.name === 'GraphQLScalarType')) {
        const target = (merged[typeName] ??= {});
        for (const [field, resolver] of Object.entries(fields)) {
          if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined twice`);
          target[field] = resolver;
        }
      } else {
        merged[typeName] = fields as never;
      }
    }
  }
  return merged;
}
