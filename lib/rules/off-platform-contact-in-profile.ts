/** G1 red flags: moving communication off the platform. Messenger handles, e-mail or phone in the profile. */
import { contactKind, line } from '../i18n/evidence';
import { findContacts } from '../text/contacts';
import { readDisguises } from '../text/disguise';
import { finding, profileText } from './finding';
import type { ProfileRule } from './types';

export const rule: ProfileRule = {
  id: 'off-platform-contact-in-profile',
  kind: 'profile',
  group: 'contact',
  needs: ['bio'],
  check(p) {
    // A messenger's name spelled around the marketplace's filter ("T e l e g r a m: @x") is read as the name.
    const text = profileText(p);
    const read = readDisguises(text);
    const contacts = findContacts(read?.text ?? text, p.location?.country);
    if (!contacts.length) return undefined;
    const f = finding(
      rule.id,
      'medium',
      [
        ...contacts.map((c) => line('evidence.contact', { kind: contactKind(c.kind), value: c.value })),
        ...(read?.found ?? []).map((d) => line('evidence.readAs', { shown: d.shown, word: d.word })),
      ],
      ['G1 Red flag indicators (requests to communicate off the platform)'],
    );
    // Each channel once, in the order found (a few: looked through, not hashed in a Set).
    const channels: (typeof contacts)[number]['kind'][] = [];
    for (const c of contacts) if (!channels.includes(c.kind)) channels.push(c.kind);
    f.facts = { channels };
    return f;
  },
};
