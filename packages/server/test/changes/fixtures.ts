import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../src/db/client.ts';
import { outbox } from '../../src/db/schema/index.ts';
import { gql } from '../support/graphql.ts';

export const MANUAL = `mutation M($input: ManualBookingInput!) {
  createManualBooking(input: $input) {
    id bookingNumber status partySize totalCents currency attendance sessionId startsAt
  }
}`;
export const CHECK_IN = `mutation C($id: ID!) { checkInBooking(id: $id) { id status attendance } }`;
export const NO_SHOW = `mutation N($id: ID!) { markNoShow(id: $id) { id status attendance } }`;
export const RESCHEDULE = `mutation R($id: ID!, $s: ID!) {
  rescheduleBooking(id: $id, sessionId: $s) { id status sessionId partySize totalCents startsAt }
}`;
export const ADMIN_BOOKING = `query B($id: ID!) { booking(id: $id) { id attendance payment status session { id } } }`;

export function manualInput(sessionId: string, overrides: Record<string, unknown> = {}) {
  return {
    sessionId,
    tickets: [{ tier: 'ADULT', quantity: 2 }],
    customer: { name: 'Walk In', email: 'walkin@example.com', phone: '+49 30 1234567' },
    payment: 'PAID_OFFLINE',
    ...overrides,
  };
}

/** A staff booking through the admin API; throws on any GraphQL error. */
export async function bookManually(url: string, apiKey: string, input: Record<string, unknown>) {
  const res = await gql(url, MANUAL, { input }, { apiKey });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createManualBooking as { id: string; bookingNumber: string; sessionId: string; partySize: number };
}

/** The emails queued to an address, newest first. */
export async function emailsTo(db: DbOrTx, to: string) {
  const rows = await db.select().from(outbox).where(eq(outbox.kind, 'email')).orderBy(desc(outbox.createdAt));
  return rows
    .map((r) => r.payload as { to: string; subject: string; text: string; html?: string; attachments?: unknown[] })
    .filter((p) => p.to === to);
}

/** The manage link's token from an email's plain text. */
export const manageTokenOf = (text: string): string => {
  const m = /\/manage\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!m) throw new Error(`no manage link in: ${text}`);
  return m[1]!;
};
