/**
 * G1 mitigations: verify identity. A low note: the platform itself says identity is not verified, or that two or
 * more of payment / phone / e-mail are not. Only what the page states counts; absent is not "false".
 */
import { asNote } from '../finding-view';
import { type MessageKey } from '../i18n';
import { line } from '../i18n/evidence';
import { finding } from './finding';
import type { ProfileRule } from './types';

export const rule: ProfileRule = {
  id: 'unverified-identity',
  kind: 'profile',
  group: 'identity',
  needs: ['verified'],
  check(p) {
    const v = p.verified;
    if (!v) return undefined;
    // What the page shows as not verified, in this order (read field by field: a filter over the names read each
    // with a key, twice, for every profile scored).
    const notVerified: ('identity' | 'payment' | 'phone' | 'email')[] = [];
    if (v.identity === false) notVerified.push('identity');
    if (v.payment === false) notVerified.push('payment');
    if (v.phone === false) notVerified.push('phone');
    if (v.email === false) notVerified.push('email');
    // Without the identity, two other checks missing.
    if (v.identity !== false && notVerified.length < 2) return undefined;
    const evidence = notVerified.map((k) => line('evidence.notVerified', { what: line(`verify.${k}` as MessageKey) }));
    return asNote(finding(rule.id, 'low', evidence, ['G1 Potential mitigation measures (verify identity)']));
  },
};
