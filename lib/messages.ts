/**
 * Messages between the parts of the extension. Content scripts process hostile pages, so the background
 * validates everything they send with these schemas; what fails validation is dropped.
 */
import { z } from 'zod';
import { ReadResultSchema } from './profile';
import { SettingsSchema } from './storage/settings';

const url = z.string().url().max(2048);

export const PageMessage = z.strictObject({
  type: z.literal('page'),
  site: z.string().max(40),
  url,
  read: ReadResultSchema,
});
export const LeftMessage = z.strictObject({ type: z.literal('left'), url });
export const ContentMessage = z.discriminatedUnion('type', [PageMessage, LeftMessage]);

export const PopupMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('get-tab'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('get-settings') }),
  z.strictObject({ type: z.literal('set-settings'), settings: SettingsSchema }),
]);

export type ContentMessage = z.infer<typeof ContentMessage>;
export type PopupMessage = z.infer<typeof PopupMessage>;
