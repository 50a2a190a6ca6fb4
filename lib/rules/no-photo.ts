/**
 * G3: profiles with no photo. Only when the page was read and shows none (not when it could not be read).
 * A low note: it counts only in combination.
 */
import { asNote } from '../finding-view';
import { line } from '../i18n/evidence';
import { sitePages } from '../sites/pages';
import { finding } from './finding';

const sitePageById = (id: string) => sitePages.find((s) => s.id === id);
import type { ProfileRule } from './types';

// Generic placeholder names; each site's own placeholder is declared with the site (lib/sites/*.page.ts).
const GENERIC =
  /(?:default[-_]?(?:avatar|portrait|profile)|\/profile-portraits\/default|placeholder|no[-_]?photo|anonymous)/i;

/** Whether a photo URL is a placeholder avatar rather than a photo of someone. */
export function isPlaceholderPhoto(site: string, url: string): boolean {
  return GENERIC.test(url) || (sitePageById(site)?.photoPlaceholder?.test(url) ?? false);
}

export const rule: ProfileRule = {
  id: 'no-photo',
  kind: 'profile',
  group: 'identity',
  needs: [],
  check(p, ctx) {
    if (ctx.missing.includes('photoUrl')) return undefined;
    if (p.photoUrl && !isPlaceholderPhoto(p.site, p.photoUrl)) return undefined;
    const evidence = [p.photoUrl ? line('evidence.placeholderPhoto', { url: p.photoUrl }) : line('evidence.noPhoto')];
    return asNote(finding(rule.id, 'low', evidence, ['G3 (profiles with no photo)']));
  },
};
