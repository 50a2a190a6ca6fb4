/**
 * Whether two shown names can be the same person's. Sites shorten differently (Upwork shows "Anna K.",
 * LinkedIn the full name), so a last name matches its initial. Accents and case do not count.
 */
/** A shown name as its words: accents, case and punctuation dropped. */
export const nameWords = (s: string): string[] =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

export function sameName(a: string | undefined, b: string | undefined): boolean | undefined {
  if (!a?.trim() || !b?.trim()) return undefined;
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length) return undefined;
  if (x[0] !== y[0]) return false;
  const lx = x.length > 1 ? x[x.length - 1]! : undefined;
  const ly = y.length > 1 ? y[y.length - 1]! : undefined;
  if (!lx || !ly) return true; // one shows a first name only
  if (lx === ly) return true;
  return (lx.length === 1 && ly.startsWith(lx)) || (ly.length === 1 && lx.startsWith(ly));
}

/**
 * Sites where one person often keeps two accounts (work and personal): there two accounts under one name can be the
 * same person's. On a marketplace, and on LinkedIn, a person has one account.
 */
const SEVERAL_ACCOUNTS = new Set(['github']);

/**
 * Whether two profiles can be the same person's, so that what they share is no red flag: the same name on two sites
 * (README, "Across profiles"), or on a site where one person keeps several accounts. Two accounts of one marketplace
 * under one name are not excused (hostile20: an operator who gave all his accounts one name hid every memory red
 * flag between them). `named`: the names' verdict where it is known otherwise (a hashes-only team record).
 */
export function samePerson(
  a: { site: string; name?: string },
  b: { site: string; name?: string },
  named: boolean | undefined = sameName(a.name, b.name),
): boolean | undefined {
  if (a.site === b.site && !SEVERAL_ACCOUNTS.has(a.site)) return named === undefined ? undefined : false;
  return named;
}
