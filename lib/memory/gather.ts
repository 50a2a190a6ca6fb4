/** Turns the cross-profile hits into what the memory rules read: the other profiles named, passages quoted. */
import { sameName, samePerson } from '../photo/names';
import type { Profile } from '../profile';
import { profileText } from '../rules/finding';
import type { MemoryContext, OtherProfile, TeamSeen } from '../rules/types';
import type { CrossHits, CrossMemory } from './cross';
import { firstHolder } from './contact-owner';
import { siteOf } from './fingerprint';
import { sharedPassages } from './passages';

export type CrossContext = Pick<MemoryContext, 'textMatches' | 'contactMatches' | 'reviewerBursts'>;

export async function crossContext(
  profile: Profile,
  hits: CrossHits,
  memory: CrossMemory,
  /** The other profile's stored text, for the passages (the background reads it from IndexedDB). */
  textOf: (key: string) => Promise<Profile | undefined>,
  /** A colleague's record (issue 16): who saw it; `sameName` from the name hashes when no name was shared. */
  teamOf: (key: string) => (TeamSeen & { sameName?: boolean }) | undefined = () => undefined,
  /** When this browser first saw this profile (its history entry): which of two sharing a link had it first. */
  since?: string,
): Promise<CrossContext> {
  const other = (key: string): OtherProfile | undefined => {
    const fp = memory.prints.get(key);
    if (!fp) return undefined;
    const seen = teamOf(key);
    const o: OtherProfile = {
      site: siteOf(fp),
      name: fp.name,
      url: fp.url,
      seenAt: fp.seenAt,
      sameName: samePerson(
        { site: siteOf(fp), name: fp.name },
        profile,
        seen?.sameName ?? sameName(fp.name, profile.name),
      ),
    };
    if (seen) o.team = { ...(seen.recruiter ? { recruiter: seen.recruiter } : {}), hidden: seen.hidden };
    return o;
  };
  const mine = profileText(profile);
  const textMatches: NonNullable<CrossContext['textMatches']>[number][] = [];
  for (const h of hits.text.slice(0, 3)) {
    const o = other(h.key);
    if (!o) continue;
    const theirs = await textOf(h.key);
    textMatches.push({
      other: o,
      similarity: h.similarity,
      passages: theirs ? sharedPassages(mine, profileText(theirs)) : [],
    });
  }
  return {
    textMatches,
    contactMatches: hits.contacts.flatMap((h) => {
      const o = other(h.key);
      const fp = memory.prints.get(h.key);
      const first =
        o && fp
          ? firstHolder(h.contact, { name: profile.name, url: profile.url, since }, { ...fp, name: o.name })
          : undefined;
      return o ? [{ other: o, contact: h.contact, ...(first ? { first } : {}) }] : [];
    }),
    reviewerBursts: hits.bursts.map((b) => ({
      client: b.client,
      date: b.date,
      others: b.others.flatMap((x) => {
        const o = other(x.key);
        return o ? [{ other: o, date: x.date }] : [];
      }),
    })),
  };
}
