// What the shell hands every view (the view-registration contract, README "Views").
import type { SlotkitClient } from '@slotkit/sdk';
import type { TemplateResult } from 'lit';
import type { Locale } from '../i18n/i18n.ts';

export interface ConsoleVenue {
  readonly id: string;
  readonly name: string;
  readonly timezone: string;
  readonly currency: string;
  readonly activities: readonly { readonly id: string; readonly name: string; readonly status: string }[];
}

export interface ConsoleOrganization {
  readonly id: string;
  readonly name: string;
  /** The organization's venues with their activities' ids and names, read at sign-in (refresh() re-reads). */
  readonly venues: readonly ConsoleVenue[];
}

export interface ConfirmOptions {
  /** The dialog's heading, e.g. "Cancel booking SK-1234?". */
  readonly title: string;
  /** Exactly what will happen, e.g. "Refund $65.00 to ana@example.com". */
  readonly message: string | TemplateResult;
  /** The confirming button's text, e.g. "Refund and cancel". */
  readonly confirmLabel: string;
  /** @default 'danger' */
  readonly tone?: 'danger' | 'primary';
}

export interface ConsoleContext {
  /** The SDK client signed in with the admin key; an UNAUTHENTICATED answer signs the user out. */
  readonly client: SlotkitClient;
  readonly organization: ConsoleOrganization;
  readonly locale: Locale;
  /** Opens the shared confirm `<dialog>`; resolves true only when the user confirmed. */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** Goes to a console path, e.g. `bookings/SK-1234` (no leading `#/`). */
  navigate(path: string): void;
  /** A short status message, announced politely (e.g. "Booking cancelled"). */
  notify(message: string): void;
  /** Re-reads the organization's venues and activities (after creating or renaming one). */
  refresh(): Promise<void>;
  /** The venue an activity belongs to (for its time zone and currency); the first venue when unknown. */
  venueOfActivity(activityId: string): ConsoleVenue | undefined;
}
