/**
 * G1 ("multiple identities and accounts … shared"), SEAL: the same e-mail, phone, messenger handle,
 * portfolio or GitHub account appears on a profile under another name.
 */
import { finding } from './finding';
import { describeContact, describeOther, otherLine } from './memory-evidence';
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
        otherLine(
          'evidence.sharedContact',
          'evidence.team.sharedContact',
          'evidence.team.sharedContactHidden',
          m.other,
          {
            contact: describeContact(m.contact),
            ...describeOther(m.other),
          },
        ),
      ),
      ['G1 Red flag indicators (shared identities and accounts)', 'SEAL'],
    );
  },
};
