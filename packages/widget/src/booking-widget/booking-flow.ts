import {
  ConfirmCheckoutDocument,
  CreateCheckoutDocument,
  ReleaseReservationDocument,
  ReserveSlotDocument,
} from '@slotkit/sdk/generated';
import { emit } from '../internal/events.ts';
import { newKey, pageUrl, successUrl } from '../internal/page.ts';
import { BrowseFlow, type Field } from './browse-flow.ts';

export type { Field, Notice, Step } from './browse-flow.ts';

const HOLD_MS = 600_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{6,20}$/;

/** The whole flow: browsing plus hold, countdown, Checkout and confirmation. */
export class BookingFlow extends BrowseFlow {
  private deadline = 0;

  override hostConnected(): void {
    super.hostConnected();
    if (this.reservation && !this.stops.timer) this.stops.timer = this.host.clock.every(1000, () => this.tick());
  }

  private validate(): boolean {
    const { name, email, phone } = this.form;
    const errors: Partial<Record<Field, 'errName' | 'errEmail' | 'errPhone' | 'errWaiver'>> = {};
    if (!name.trim()) errors.name = 'errName';
    if (!EMAIL.test(email.trim())) errors.email = 'errEmail';
    if (phone.trim() && !PHONE.test(phone.trim())) errors.phone = 'errPhone';
    if (this.activity!.schedule.requiresWaiver && !this.waiver) errors.waiver = 'errWaiver';
    this.update({ errors });
    return Object.keys(errors).length === 0;
  }

  /** Holds the slot. One idempotency key per attempt, reused when the same attempt is retried. */
  async reserve(): Promise<void> {
    if (this.busy || !this.validate()) return;
    if (this.host.preview) return this.update({ notice: { key: 'preview' } });
    const key = (this.attemptKey ??= newKey());
    const tickets = this.activity!.prices.filter((p) => this.qty[p.id]).map((p) => ({
      tier: p.tier,
      priceId: p.id,
      quantity: this.qty[p.id]!,
    }));
    this.update({ busy: true, notice: undefined });
    try {
      const { reserveSlot: r } = await this.q(ReserveSlotDocument, {
        input: {
          sessionId: this.session!.id,
          tickets,
          email: this.form.email.trim(),
          idempotencyKey: key,
          waiverAccepted: this.activity!.schedule.requiresWaiver ? this.waiver : null,
        },
      });
      this.attemptKey = undefined;
      if (r.__typename === 'Reservation') {
        const now = this.host.clock.now();
        // A client clock ahead of the server only shortens the visible hold.
        this.deadline = now + Math.min(Math.max(Date.parse(r.expiresAt) - now, 0), HOLD_MS);
        this.update({ reservation: r, busy: false, step: 'hold' });
        this.tick();
        this.stops.timer = this.host.clock.every(1000, () => this.tick());
        const { id, sessionId, partySize, expiresAt, totalCents, currency } = r;
        emit(this.host, 'slotkit-reserved', { id, sessionId, partySize, expiresAt, totalCents, currency });
      } else if (r.__typename === 'SlotUnavailable') {
        this.toSlots({ key: 'SOLD_OUT_ERR', vars: { n: r.remaining } }, 'SOLD_OUT');
      } else {
        this.update({ busy: false, notice: { text: r.message } });
        emit(this.host, 'slotkit-error', { code: r.reason, message: r.message });
      }
    } catch (e) {
      this.fail(e, () => void this.reserve());
    }
  }

  private tick() {
    const left = Math.ceil((this.deadline - this.host.clock.now()) / 1000);
    if (left > 0) return this.update({ secondsLeft: left });
    this.toSlots({ key: 'HOLD_EXPIRED' }, 'HOLD_EXPIRED');
  }

  /** Back to the slot list with a sentence; the slot's seats are fetched afresh. */
  private toSlots(notice: { key: 'SOLD_OUT_ERR' | 'HOLD_EXPIRED'; vars?: { n: number } }, code: string) {
    this.stop('timer');
    this.update({ step: 'date', session: undefined, reservation: undefined, busy: false, notice });
    emit(this.host, 'slotkit-error', {
      code,
      message: this.host.messages[notice.key].replace('{n}', String(notice.vars?.n ?? '')),
    });
    void this.refresh();
  }

  async cancel(): Promise<void> {
    const id = this.reservation!.id;
    this.stop('timer');
    this.update({ step: 'date', session: undefined, reservation: undefined, notice: undefined });
    try {
      await this.q(ReleaseReservationDocument, { reservationId: id });
    } catch {
      // The sweeper releases it within the hold anyway; nothing for the customer to do.
    }
    void this.refresh();
  }

  async pay(): Promise<void> {
    if (this.busy) return;
    const { name, email, phone } = this.form;
    const back = pageUrl();
    this.update({ busy: true, notice: undefined });
    try {
      const { createCheckout } = await this.q(CreateCheckoutDocument, {
        input: {
          reservationId: this.reservation!.id,
          customer: { name: name.trim(), email: email.trim(), phone: phone.trim() || null },
          successUrl: successUrl(back),
          cancelUrl: back,
        },
      });
      this.stop('timer', 'live', 'poll');
      this.update({ step: 'redirect', checkoutUrl: createCheckout.url, busy: false });
      this.host.navigate(createCheckout.url);
    } catch (e) {
      this.fail(e, () => void this.pay());
    }
  }

  protected async confirm(checkoutSessionId: string): Promise<void> {
    this.update({ step: 'loading', notice: { key: 'confirming' } });
    try {
      const { confirmCheckout } = await this.q(ConfirmCheckoutDocument, { checkoutSessionId });
      this.update({ step: 'done', booking: confirmCheckout, notice: undefined });
      emit(this.host, 'slotkit-booked', confirmCheckout);
    } catch (e) {
      this.fail(e, () => void this.confirm(checkoutSessionId));
    }
  }

  /** "Book again" after a success: a fresh flow, the return parameter ignored. */
  again(): void {
    const a = this.activity ?? (this.config?.activities.length === 1 ? this.config.activities[0] : undefined);
    this.update({ booking: undefined, reservation: undefined, notice: undefined, qty: {}, waiver: false });
    if (a) void this.chooseActivity(a);
    else this.update({ step: 'activity' });
  }
}
