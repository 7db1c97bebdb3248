import type { z } from 'zod';
import { badInput } from '../errors.ts';

/** Parses input at the boundary (admin writes, booking filters); the first problem becomes BAD_USER_INPUT naming its
 * field. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value) as z.SafeParseReturnType<unknown, z.output<S>>;
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, { field });
}
