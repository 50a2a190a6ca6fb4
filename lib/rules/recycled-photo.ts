/**
 * G3 (the same identity with different pictures) and Mandiant (photos taken from other people's profiles):
 * this profile's photo matches one already seen on a profile under another name. The same person's own
 * profiles under the same name are not a red flag (the report says "also seen on …" instead).
 */
import { t } from '../i18n';
import { line } from '../i18n/evidence';
import { otherLine } from './memory-evidence';
import { siteById } from '../sites';
import { finding } from './finding';
import type { MemoryRule } from './types';

export const rule: MemoryRule = {
  id: 'recycled-photo',
  kind: 'memory',
  group: 'identity',
  check(p, ctx) {
    const others = (ctx.photoMatches ?? []).filter((m) => m.sameName !== true);
    if (!others.length) return undefined;
    const f = finding(
      rule.id,
      'high',
      others.map((m) => {
        const vars = {
          name: m.name ?? '',
          site: siteById(m.site)?.name ?? m.site,
          url: m.url,
          date: { date: m.seenAt },
          score: Math.round(m.score * 100),
        };
        // A colleague's record without a name (hashes only, or none shown) reads as "under another name".
        const o = m.team && !m.name ? { team: { ...m.team, hidden: true } } : m;
        return m.team
          ? otherLine('evidence.samePhoto', 'evidence.team.samePhoto', 'evidence.team.samePhotoHidden', o, vars)
          : line(m.name ? 'evidence.samePhoto' : 'evidence.samePhotoNoName', vars);
      }),
      ['G3 (same identity, different pictures)', 'IND (photos taken from other profiles)'],
    );
    const images = [
      ...(ctx.photoPreview ? [{ src: ctx.photoPreview, alt: t('photo.this', { name: p.name ?? '' }) }] : []),
      ...others.flatMap((m) =>
        m.preview ? [{ src: m.preview, alt: t('photo.other', { name: m.name ?? m.url }) }] : [],
      ),
    ];
    return images.length ? { ...f, images } : f;
  },
};
