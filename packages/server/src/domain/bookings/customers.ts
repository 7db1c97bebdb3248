import { isEmailAddress } from '@slotkit/core/contact';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import type { ReservationCustomer, SlotReservation } from '../../db/schema/index.ts';
import { badInput } from '../../errors.ts';
import type { CheckoutSessionView } from '../../payments/gateway.ts';

const PHONE_RE = /^\+?[0-9][0-9 ().-]{5,24}$/;

export interface CustomerInput {
  readonly name: string;
  readonly email: string;
  readonly phone?: string | null;
}

/** Trims and checks the contact details; BAD_USER_INPUT names the field. */
export function parseCustomer(input: CustomerInput): ReservationCustomer {
  const name = input.name.trim();
  const email = input.email.trim();
  const phone = input.phone?.trim() || null;
  if (name.length < 1 || name.length > 200)
    throw badInput('Enter your name (1–200 characters)', { field: 'customer.name' });
  if (!isEmailAddress(email)) throw badInput('Enter a valid email address', { field: 'customer.email' });
  if (phone !== null && !PHONE_RE.test(phone))
    throw badInput('Enter a valid phone number', { field: 'customer.phone' });
  return { name, email, phone };
}

/**
 * Who paid: the contact details createCheckout stored on the hold, else what
 * Stripe collected (a session created elsewhere), else the hold's email.
 */
export function payingCustomer(reservation: SlotReservation, session: CheckoutSessionView): ReservationCustomer {
  return (
    reservation.customer ?? {
      name: session.metadata.customer_name ?? '',
      email: session.customerEmail ?? reservation.email,
    }
  );
}

/**
 * One customer row per (organization, lower(email)). Anyone can book under any email, so a later
 * booking only fills in a missing name or phone, never replaces one (issue 16 item 4); each booking
 * keeps its own copy of what it was booked with (record.ts).
 */
export async function upsertCustomer(tx: Tx, organizationId: string, customer: ReservationCustomer): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`insert into customers (organization_id, email, name, phone)
        values (${organizationId}, ${customer.email}, ${customer.name || null}, ${customer.phone ?? null})
        on conflict (organization_id, lower(email))
        do update set name = coalesce(customers.name, excluded.name), phone = coalesce(customers.phone, excluded.phone)
        returning id`,
  );
  if (!row) throw new Error('the customer upsert returned no row');
  return row.id;
}
