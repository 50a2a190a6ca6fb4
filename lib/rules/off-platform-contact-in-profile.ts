/** G1 red flags: moving communication off the platform. Messenger handles, e-mail or phone in the profile. */
import { contactKind, line } from '../i18n/evidence';
import { findContacts } from '../text/contacts';
import { finding, profileText } from './finding';
import type { ProfileRule } from './types';

export const rule: ProfileRule = {
  id: 'off-platform-contact-in-profile',
  kind: 'profile',
  group: 'contact',
  needs: ['bio'],
  check(p) {
    const contacts = findContacts(profileText(p), p.location?.country);
    if (!contacts.length) return undefined;
    const f = finding(
      rule.id,
      'medium',
      contacts.map((c) => line('evidence.contact', { kind: contactKind(c.kind), value: c.value })),
      ['G1 Red flag indicators (requests to communicate off the platform)'],
    );
    f.facts = { channels: [...new Set(contacts.map((c) => c.kind))] };
    return f;
  },
};
