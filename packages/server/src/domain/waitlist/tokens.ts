export const offerUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/+$/, '')}/waitlist/offer/${token}`;
export const leaveUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/+$/, '')}/waitlist/leave/${token}`;

/** How long an offer holds its seats (DESIGN §9.4). */
export const OFFER_MINUTES = 15;
