import { isEmailAddress } from '@slotkit/core/contact';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Database, type Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { waitlistEntries, type WaitlistEntry } from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { freeSeats } from '../reservations/locking.ts';
import { emailLocale } from '../reservations/reserve.ts';
import { joinedEmail } from './emails.ts';
import { emailContext, isPrivateActivity, loadSessionContext } from './session-context.ts';
import { hashOfWellFormedToken, newLinkToken } from '../link-token.ts';
import { leaveUrl } from './tokens.ts';
import { releaseOffer } from './leave.ts';

export interface WaitlistDeps {
  readonly db: Database;
  now(): Date;
  readonly publicUrl: string;
  /** Delivers outbox rows after their commit. */
  deliver(ids: readonly string[]): Promise<void>;
  /** Ends released holds' Checkout sessions after commit (expireCheckoutsAfterCommit). */
  expireCheckouts(ids: readonly string[]): Promise<void>;
}

export interface JoinWaitlistInput {
  readonly sessionId: string;
  readonly partySize: number;
  readonly email: string;
  readonly locale?: string | null;
}

export interface JoinedEntry {
  readonly entry: WaitlistEntry;
  /** 1 for the first live entry of the session. */
  readonly position: number;
}

const LIVE = ['WAITING', 'OFFERED'] as const;

/**
 * Puts a party on a session's waitlist. The session must be bookable later (open, not started, activity
 * active) and too full for the party right now; the party must fit the activity's limits. The same email
 * on the same session gets its live entry back (idempotent, no second email).
 */
export async function joinWaitlist(deps: WaitlistDeps, input: JoinWaitlistInput): Promise<JoinedEntry> {
  const email = input.email.trim();
  if (!isEmailAddress(email)) throw badInput('Enter a valid email address', { field: 'email' });
  if (!Number.isInteger(input.partySize) || input.partySize < 1)
    throw badInput('partySize must be a whole number of at least 1', { field: 'partySize' });
  if (!isUuid(input.sessionId)) throw notFound('Session');
  const now = deps.now();

  const { joined, outboxIds } = await deps.db.transaction(async (tx) => {
    const existing = await liveEntry(tx, input.sessionId, email);
    if (existing) return { joined: existing, outboxIds: [] };
    const ctx = await loadSessionContext(tx, input.sessionId);
    if (!ctx) throw notFound('Session');
    const { session, activity } = ctx;
    if (session.status !== 'open' || activity.status !== 'active' || session.startsAt <= now)
      throw badInput('This session is no longer bookable', { reason: 'SESSION_CLOSED' });
    if (input.partySize < activity.minParty || input.partySize > Math.min(activity.maxParty, session.capacityTotal))
      throw badInput(
        `A party must have ${activity.minParty} to ${Math.min(activity.maxParty, session.capacityTotal)} people`,
        { field: 'partySize', reason: 'PARTY_SIZE' },
      );
    const free = freeSeats(session, isPrivateActivity(ctx));
    if (free >= input.partySize)
      throw badInput('There are seats for this party: book them directly', { reason: 'SEATS_AVAILABLE' });

    const token = newLinkToken();
    const [row] = await tx
      .insert(waitlistEntries)
      .values({
        organizationId: session.organizationId,
        sessionId: session.id,
        partySize: input.partySize,
        email,
        locale: emailLocale(input.locale),
        leaveTokenHash: hashOfWellFormedToken(token)!,
        // FIFO order: the statement's clock, not the transaction's start (ties would fall to random ids).
        createdAt: sql`clock_timestamp()`,
      })
      .onConflictDoNothing()
      .returning();
    // A parallel join of the same email won the unique index: answer its entry.
    if (!row) return { joined: (await liveEntry(tx, input.sessionId, email))!, outboxIds: [] };
    const mail = joinedEmail(emailContext(ctx, row), leaveUrl(deps.publicUrl, token));
    return { joined: row, outboxIds: [await enqueue(tx, row.organizationId, { kind: 'email', payload: mail })] };
  });
  await deps.deliver(outboxIds);
  return { entry: joined, position: await positionOf(deps.db, joined) };
}

async function liveEntry(tx: Tx, sessionId: string, email: string): Promise<WaitlistEntry | undefined> {
  const [row] = await tx
    .select()
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.sessionId, sessionId),
        sql`lower(${waitlistEntries.email}) = lower(${email})`,
        inArray(waitlistEntries.status, [...LIVE]),
      ),
    );
  return row;
}

/** Live entries of the session up to and including this one (FIFO order; compared in SQL: microseconds). */
export async function positionOf(db: Database | Tx, entry: WaitlistEntry): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from waitlist_entries w, waitlist_entries me
        where me.id = ${entry.id}::uuid and w.session_id = me.session_id
          and w.status in ('WAITING', 'OFFERED') and (w.created_at, w.id) <= (me.created_at, me.id)`,
  );
  return Number(row?.n ?? 1);
}

/** The "leave" link: the entry leaves the waitlist (an offer it holds is released for the next party). */
export async function leaveWaitlist(deps: WaitlistDeps, token: string): Promise<WaitlistEntry> {
  const hash = hashOfWellFormedToken(token);
  if (!hash) throw notFound('Waitlist entry');
  const [entry] = await deps.db.select().from(waitlistEntries).where(eq(waitlistEntries.leaveTokenHash, hash));
  if (!entry) throw notFound('Waitlist entry');
  return releaseOffer(deps, entry.id, 'LEFT');
}
