/** G3: profiles with no photo. Only when the page was read and shows none (not when it could not be read). */
import { t } from '../i18n';
import { finding } from './finding';
import type { ProfileRule } from './types';

// Placeholder avatars: Upwork's default portrait (2026-06: "/profile-portraits/default…"), generic names.
const PLACEHOLDER =
  /(?:default[-_]?(?:avatar|portrait|profile)|\/profile-portraits\/default|placeholder|no[-_]?photo|anonymous)/i;

export const rule: ProfileRule = {
  id: 'no-photo',
  kind: 'profile',
  group: 'identity',
  needs: [],
  check(p, ctx) {
    if (ctx.missing.includes('photoUrl')) return undefined;
    if (p.photoUrl && !PLACEHOLDER.test(p.photoUrl)) return undefined;
    return finding(rule.id, 'low', [p.photoUrl ? p.photoUrl : t('evidence.noPhoto')], ['G3 (profiles with no photo)']);
  },
};
