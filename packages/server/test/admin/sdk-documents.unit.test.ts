import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as documents from '../../../sdk/src/generated/graphql.ts';
import { parse } from 'graphql';
import { buildSchema } from '../../src/graphql/schema.ts';
import { DOCUMENT_LIMITS, validateWithLimits } from '../../src/graphql/limits.ts';

// Every operation the SDK (and so the console and the widget) ships must pass
// the server's document limits, or a client would get BAD_USER_INPUT for a
// document we generated ourselves.
describe('the SDK documents', () => {
  const schema = buildSchema();
  const operations = Object.entries(documents).filter(
    ([name, value]) => name.endsWith('Document') && typeof value?.toString === 'function',
  );

  it('should include every admin and public operation', () => {
    for (const name of [
      'CreateActivityDocument',
      'TodaysBookingsDocument',
      'CancelBookingDocument',
      'WeeklyBookingsTrendDocument',
      'WidgetConfigDocument',
    ]) {
      assert.ok(
        operations.some(([n]) => n === name),
        name,
      );
    }
  });

  it('should each parse within the token limit and validate within depth, alias and cost limits', () => {
    for (const [name, doc] of operations) {
      const ast = parse(doc.toString(), { maxTokens: DOCUMENT_LIMITS.maxTokens });
      assert.deepEqual(
        validateWithLimits(schema, ast).map((e) => e.message),
        [],
        name,
      );
    }
  });
});
