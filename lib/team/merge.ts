/**
 * Conflicting revisions of one team document (one recruiter's record of one profile, written from two browsers at
 * once, or by two people sharing a login): nothing is lost. Notes are the union (by author and time), dismissals
 * the union (by rule and time, a restore kept), and the trusted mark is the one of the revision written last, with
 * its reason and the record's author. The rest (what the profile looked like) comes from the revision that saw it last.
 */
import type { TeamDoc } from './doc';
import { MAX_DISMISSALS, MAX_NOTES } from './doc';

type Note = NonNullable<TeamDoc['notes']>[number];
type Dismissal = NonNullable<TeamDoc['dismissals']>[number];

const later = (a: string | undefined, b: string | undefined) => ((a ?? '') >= (b ?? '') ? a : b);

/** The merged document (without `_rev`: the caller writes it on the winning revision). */
export function mergeDocs(docs: readonly TeamDoc[]): TeamDoc {
  if (!docs.length) throw new Error('nothing to merge');
  const bySeen = [...docs].sort((a, b) => (a.seenAt < b.seenAt ? 1 : a.seenAt > b.seenAt ? -1 : 0));
  const byWritten = [...docs].sort((a, b) => ((a.updatedAt ?? '') < (b.updatedAt ?? '') ? 1 : -1));
  const base: TeamDoc = { ...bySeen[0]! };
  delete base._rev;
  delete base._conflicts;
  const notes = new Map<string, Note>();
  const dismissals = new Map<string, Dismissal>();
  for (const d of docs) {
    for (const n of d.notes ?? []) notes.set(`${d.recruiterId}\u0000${n.at}\u0000${n.text}`, n);
    for (const x of d.dismissals ?? []) {
      const k = `${x.rule}\u0000${x.at}`;
      const old = dismissals.get(k);
      const restoredAt = later(old?.restoredAt, x.restoredAt);
      dismissals.set(k, { ...(old ?? x), ...(restoredAt ? { restoredAt } : {}) });
    }
  }
  const merged: TeamDoc = { ...base };
  delete merged.notes;
  delete merged.dismissals;
  delete merged.trustedAt;
  delete merged.trustReason;
  const written = byWritten[0]!.updatedAt;
  if (written) merged.updatedAt = written;
  // A record now shared as hashes only keeps no free text from an older, full revision.
  if (merged.mode === 'hashes') return merged;
  const sortedNotes = [...notes.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (sortedNotes.length) merged.notes = sortedNotes.slice(-MAX_NOTES);
  const sortedDismissals = [...dismissals.values()].sort((a, b) => (a.at < b.at ? -1 : 1));
  if (sortedDismissals.length) merged.dismissals = sortedDismissals.slice(-MAX_DISMISSALS);
  const latest = byWritten[0]!;
  if (latest.trustedAt) merged.trustedAt = latest.trustedAt;
  // (with the reason written with that mark, never another revision's)
  if (latest.trustedAt && latest.trustReason) merged.trustReason = latest.trustReason;
  return merged;
}
