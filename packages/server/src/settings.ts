/** `@slotkit/server/settings`, kept for existing importers: the schema lives in `@slotkit/core/settings`. */
export * from '@slotkit/core/settings';
