/** What the options page and the popup ask the background about the team sync (validated like every message). */
import { z } from 'zod';

export const TeamMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('team-status') }),
  /** Settings saved or "Sync now": a cycle at once; answers with the status after it. */
  z.strictObject({ type: z.literal('team-sync-now') }),
  /** The admin-style action, confirmed in the page: every team record of this profile, colleagues' too. */
  z.strictObject({ type: z.literal('team-forget-everywhere'), key: z.string().min(1).max(2300) }),
]);
export type TeamMessage = z.infer<typeof TeamMessage>;
