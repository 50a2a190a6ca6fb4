/**
 * The CLI's cross-profile rules across the files of one run: near-identical text, shared contacts and
 * reviewer bursts among the saved pages (the same engine as the extension's memory, in memory only).
 */
import { withMemory } from '../analyze';
import { CrossMemory } from '../memory/cross';
import { fingerprint } from '../memory/fingerprint';
import { crossContext } from '../memory/gather';
import type { Profile } from '../profile';
import type { MemoryContext } from '../rules/types';
import type { Sensitivity } from '../score';
import { compactProfile, profileKey } from '../storage/db';
import type { Report } from './scan';

const keyOf = (r: Report) => `${profileKey(r.profile!)}#${r.file}`;

/** Runs the cross-profile rules over the reports; returns them with the contexts (the photo step adds to them). */
export async function compareProfiles(
  reports: Report[],
  now: Date,
  sensitivity?: Sensitivity,
): Promise<{ reports: Report[]; contexts: Map<string, MemoryContext> }> {
  const memory = new CrossMemory();
  const profiles = new Map<string, Profile>();
  for (const r of reports) {
    if (!r.profile) continue;
    const p = compactProfile(r.profile);
    profiles.set(keyOf(r), p);
    memory.add(fingerprint(keyOf(r), p, now.toISOString()));
  }
  const contexts = new Map<string, MemoryContext>();
  const out: Report[] = [];
  for (const r of reports) {
    if (!r.profile) {
      out.push(r);
      continue;
    }
    const fp = memory.prints.get(keyOf(r))!;
    const hits = memory.check(fp);
    // The same profile saved twice is not another profile.
    const notSelf = <T extends { key: string }>(xs: T[]) =>
      xs.filter((h) => memory.prints.get(h.key)?.url !== r.profile!.url);
    const ctx: MemoryContext = {
      now,
      ...(await crossContext(
        r.profile,
        {
          text: notSelf(hits.text),
          contacts: notSelf(hits.contacts),
          bursts: hits.bursts.map((b) => ({ ...b, others: notSelf(b.others) })),
        },
        memory,
        async (k) => profiles.get(k),
      )),
    };
    contexts.set(r.file, ctx);
    const a = withMemory({ ...r, site: r.profile.site }, ctx, sensitivity);
    out.push({ ...r, findings: a.findings, risk: a.risk });
  }
  return { reports: out, contexts };
}
