export * from './organizations.ts';
export * from './venues.ts';
export * from './activities.ts';
export * from './sessions.ts';
export * from './reservations.ts';
export * from './bookings.ts';
export * from './payments.ts';
export * from './rate-limits.ts';
