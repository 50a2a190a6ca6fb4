/**
 * Messages between the parts of the extension. Content scripts process hostile pages, so the background
 * validates everything they send with these schemas; what fails validation is dropped.
 */
import { z } from 'zod';
import { SettingsSchema } from './storage/settings';

const url = z.string().url().max(2048);

/** What a content script collected from a page (lib/sites/types.ts RawPage), bounded in size. */
export const RawPageSchema = z
  .record(z.string().max(64), z.union([z.string().max(8_000_000), z.array(z.string().max(100_000)).max(200), z.null()]))
  .refine((r) => Object.keys(r).length <= 100, 'too many fields');

export const PageMessage = z.strictObject({
  type: z.literal('page'),
  site: z.string().max(40),
  url,
  raw: RawPageSchema,
});
export const LeftMessage = z.strictObject({ type: z.literal('left'), url });
/** Message and proposal texts shown on a marketplace page, to be checked with the message rules. */
export const MessagesMessage = z.strictObject({
  type: z.literal('messages'),
  site: z.string().max(40),
  url,
  items: z.array(z.strictObject({ id: z.number().int().nonnegative(), text: z.string().max(20_000) })).max(200),
});
export const ContentMessage = z.discriminatedUnion('type', [PageMessage, LeftMessage, MessagesMessage]);

export const PopupMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('get-tab'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('get-settings') }),
  z.strictObject({ type: z.literal('set-settings'), settings: SettingsSchema }),
  z.strictObject({ type: z.literal('check-text'), text: z.string().max(200_000) }),
  z.strictObject({ type: z.literal('clear-history') }),
  z.strictObject({ type: z.literal('clear-photos') }),
  /** The history page changed the stored data (deleted, imported, marked). */
  z.strictObject({ type: z.literal('memory-changed') }),
]);

export type ContentMessage = z.infer<typeof ContentMessage>;
export type PopupMessage = z.infer<typeof PopupMessage>;
