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
    const notVerified = (['identity', 'payment', 'phone', 'email'] as const).filter((k) => v[k] === false);
    const others = notVerified.filter((k) => k !== 'identity');
    if (!notVerified.includes('identity') && others.length < 2) return undefined;
    const evidence = notVerified.map((k) => line('evidence.notVerified', { what: line(`verify.${k}` as MessageKey) }));
    return asNote(finding(rule.id, 'low', evidence, ['G1 Potential mitigation measures (verify identity)']));
  },
};
