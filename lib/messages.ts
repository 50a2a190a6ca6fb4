/**
 * Messages between the parts of the extension. Content scripts process hostile pages, so the background
 * validates everything they send with these schemas; what fails validation is dropped.
 */
import { z } from 'zod';
import { MAX_READ } from './read-cap';
import { TeamMessage } from './team/messages';
import { RAW_LIMITS } from './sites/types';
import { SettingsSchema } from './storage/settings';
import { MAX_REASON } from './trust';

const url = z.string().url().max(2048);

/** What a content script collected from a page (lib/sites/types.ts RawPage), bounded in size. */
export const RawPageSchema = z
  .record(
    z.string().max(RAW_LIMITS.key),
    z.union([
      z.string().max(RAW_LIMITS.text),
      z.array(z.string().max(RAW_LIMITS.item)).max(RAW_LIMITS.items),
      z.null(),
    ]),
  )
  .refine((r) => Object.keys(r).length <= RAW_LIMITS.fields, 'too many fields');

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
  items: z
    .array(
      z.strictObject({
        id: z.number().int().nonnegative(),
        /**
         * The same for as long as the page shows the same element (lib/content/message-scan.ts): an element
         * whose text changed is read again, its findings replacing the old ones, and not counted twice.
         */
        key: z.string().max(40).optional(),
        text: z.string().max(20_000),
      }),
    )
    .max(200),
});
/** The user opened the badge's panel: the page's full report (what the page's side holds before is redacted). */
export const ReportMessage = z.strictObject({ type: z.literal('report'), url });
/** A reason the user writes (to dismiss a finding, to trust a person): said, not blank, a few lines at most. */
const Reason = z.string().trim().min(1).max(MAX_REASON);
/**
 * The user's own marks, made in the badge's panel on the profile it shows: the same notes, dismissals and
 * trust mark the history page makes, in the same store (lib/background/marks.ts).
 */
export const MarkSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('note'), text: z.string().trim().min(1).max(2000) }),
  z.strictObject({ kind: z.literal('dismiss'), rule: z.string().max(80), reason: Reason }),
  z.strictObject({ kind: z.literal('restore'), rule: z.string().max(80) }),
  // Trust is given with how the user verified the person (the audit trail, as a dismissal's reason); taken away
  // without one.
  z.discriminatedUnion('on', [
    z.strictObject({ kind: z.literal('trust'), on: z.literal(true), reason: Reason }),
    z.strictObject({ kind: z.literal('trust'), on: z.literal(false) }),
  ]),
]);
export const MarkMessage = z.strictObject({ type: z.literal('mark'), url, mark: MarkSchema });
/** The panel's "Open in history": the history page, opened by the background on the profile's entry. */
export const OpenHistoryMessage = z.strictObject({ type: z.literal('open-history'), url });
export const ContentMessage = z.discriminatedUnion('type', [
  PageMessage,
  LeftMessage,
  MessagesMessage,
  ReportMessage,
  MarkMessage,
  OpenHistoryMessage,
]);

export const PopupMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('get-tab'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('get-settings') }),
  z.strictObject({ type: z.literal('set-settings'), settings: SettingsSchema }),
  z.strictObject({ type: z.literal('check-text'), text: z.string().max(MAX_READ) }),
  z.strictObject({ type: z.literal('clear-history') }),
  z.strictObject({ type: z.literal('clear-photos') }),
  /** The history page changed the stored data (deleted, imported, marked); `forgotten`: profiles it deleted. */
  z.strictObject({
    type: z.literal('memory-changed'),
    forgotten: z.array(z.string().max(2300)).max(100_000).optional(),
    /** Profiles given a note, a dismissal or the trusted mark there. */
    edited: z.array(z.string().max(2300)).max(1000).optional(),
  }),
  /** Team memory (lib/team/messages.ts): status, sync now, forget everywhere. */
  ...TeamMessage.options,
]);

export type ContentMessage = z.infer<typeof ContentMessage>;
export type Mark = z.infer<typeof MarkSchema>;
export type PopupMessage = z.infer<typeof PopupMessage>;
