/**
 * G1 ("multiple identities and accounts … shared"), SEAL: the same e-mail, phone, messenger handle,
 * portfolio or GitHub account appears on a profile under another name. A link one of the two plainly had first
 * (its name, or seen there first: lib/memory/contact-owner.ts) flags only the other, the copier.
 */
import { finding } from './finding';
import { describeContact, describeOther, otherLine } from './memory-evidence';
import type { MemoryRule } from './types';

export const rule: MemoryRule = {
  id: 'shared-contact',
  kind: 'memory',
  group: 'contact',
  check(_p, ctx) {
    // A link this profile had first (its own site or account, copied onto another name later) is not this
    // profile's red flag: the finding is the copier's, and says who had it first.
    const shared = (ctx.contactMatches ?? [])
      .filter((m) => m.other.sameName !== true && m.first !== 'this')
      .slice(0, 6);
    if (!shared.length) return undefined;
    return finding(
      rule.id,
      'high',
      shared.map((m) =>
        otherLine(
          m.first === 'other' ? 'evidence.sharedContactFirst' : 'evidence.sharedContact',
          m.first === 'other' ? 'evidence.team.sharedContactFirst' : 'evidence.team.sharedContact',
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
