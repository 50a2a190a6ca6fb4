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
