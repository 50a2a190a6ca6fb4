import { t } from '../lib/i18n';
import type { Profile } from '../lib/profile';
import { trackRecord } from '../lib/track-record';
import { trackRecordFacts } from '../lib/track-record-facts';

/** The profile's track record as facts from the page ("On Upwork since 2014 · 312 reviews …"), never a score. */
export function TrackRecord({ profile, seenAt }: { profile: Profile; seenAt: string }) {
  const facts = trackRecordFacts(trackRecord(profile, new Date(seenAt)), profile.site);
  if (!facts.length) return null;
  return (
    <section class="rfr-record" aria-label={t('record.title')}>
      <h2>{t('record.title')}</h2>
      <p>{facts.join(' · ')}</p>
    </section>
  );
}
