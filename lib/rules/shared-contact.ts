/**
 * G1 ("multiple identities and accounts … shared"), SEAL: the same e-mail, phone, messenger handle,
 * portfolio or GitHub account appears on a profile under another name.
 */
import { line } from '../i18n/evidence';
import { finding } from './finding';
import { describeContact, describeOther } from './memory-evidence';
import type { MemoryRule } from './types';

export const rule: MemoryRule = {
  id: 'shared-contact',
  kind: 'memory',
  group: 'contact',
  check(_p, ctx) {
    const shared = (ctx.contactMatches ?? []).filter((m) => m.other.sameName !== true).slice(0, 6);
    if (!shared.length) return undefined;
    return finding(
      rule.id,
      'high',
      shared.map((m) =>
        line('evidence.sharedContact', { contact: describeContact(m.contact), ...describeOther(m.other) }),
      ),
      ['G1 Red flag indicators (shared identities and accounts)', 'SEAL'],
    );
  },
};
