import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isMutationBody } from '../../src/http/response-cache-middleware.ts';

const body = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('response cache: mutation bodies skip the cache', () => {
  it('should recognise a document that starts with a mutation, however the JSON is spaced', () => {
    assert.equal(
      isMutationBody(body({ query: 'mutation R($i: ReserveSlotInput!) { reserveSlot(input: $i) { __typename } }' })),
      true,
    );
    assert.equal(
      isMutationBody(body({ variables: {}, query: '\n  mutation { releaseReservation(reservationId: "x") }' })),
      true,
    );
    assert.equal(isMutationBody(Buffer.from('{ "query" : "mutation{x}" }')), true);
  });

  it('should leave queries and other documents on the cacheable path', () => {
    assert.equal(isMutationBody(body({ query: '{ widgetConfig(embedKey: "k") { venue { name } } }' })), false);
    assert.equal(isMutationBody(body({ query: 'query mutation { a }' })), false);
    assert.equal(isMutationBody(body({ query: 'query Q { a }', variables: { note: 'mutation' } })), false);
    assert.equal(isMutationBody(body({ query: 'query Q { a }', operationName: 'mutationLike' })), false);
  });
});
