/**
 * Whose a shared link is. "The same contact on two profiles" means two profiles presenting one contact as their
 * own; when one of them plainly owns it — its site's or account's name is the profile's name or handle, or this
 * browser saw it on that profile first — the other copied it: a person whose public links an impostor pasted into
 * his bio is not the one to flag (lib/rules/shared-contact.ts). Names only ever clear a profile, never flag one.
 */
/** A profile as far as its ownership of a link goes. */
type Named = { name?: string; url?: string };

/** Links only (a site, an account): a messenger handle, an e-mail or a phone shared is shared, whoever was first. */
export const isLinkContact = (c: string) => /^(?:url|github|gitlab|linkedin):/.test(c);

/** Hosting where a person's site is a subdomain (`carol.github.io`): the subdomain names it. */
const SUBDOMAIN_HOSTS =
  /\.(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|pages\.dev|herokuapp\.com|web\.app|firebaseapp\.com|wixsite\.com|wordpress\.com|blogspot\.com|medium\.com|substack\.com|carrd\.co|framer\.website|webflow\.io|surge\.sh|glitch\.me|onrender\.com|fly\.dev)$/;

const squash = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** The name a link carries: the account (`github:carolreal`, `url:x.com/carol`), else its site's own label. */
function labelOf(c: string): string {
  const i = c.indexOf(':');
  const value = c.slice(i + 1);
  if (!c.startsWith('url:')) return squash(value);
  const [host = '', ...path] = value.split('/');
  if (
    path.length === 1 &&
    /^(?:behance\.net|dribbble\.com|twitter\.com|x\.com|instagram\.com|youtube\.com|medium\.com|facebook\.com)$/.test(
      host,
    )
  )
    return squash(path[0]!.replace(/^@/, ''));
  const labels = host.split('.');
  if (SUBDOMAIN_HOSTS.test(host) && labels.length >= 3) return squash(labels[0]!);
  // `carol.co.uk`, `carol.com.au`: the label before a two-part public suffix.
  const twoPart =
    labels.length >= 3 && labels.at(-1)!.length === 2 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels.at(-2)!);
  return squash(labels.at(twoPart ? -3 : -2) ?? '');
}

/** The profile's own handles: its name run together, and its address's account ("carolreal", "carol-real-42"). */
function handlesOf(p: Named): string[] {
  const out: string[] = [];
  if (typeof p.name === 'string') out.push(squash(p.name));
  try {
    const parts = new URL(String(p.url)).pathname.split('/').filter(Boolean);
    for (const part of parts) if (!/^(?:in|u|freelancers|users|profile|fl|mwlite)$/i.test(part)) out.push(squash(part));
  } catch {
    // no address: the name alone
  }
  return out.filter((h) => h.length >= 5);
}

/** Whether the link `c` carries the profile's own name or handle (`carolreal.dev` on "Carol Real"). */
export function ownsByName(c: string, p: Named): boolean {
  if (!isLinkContact(c)) return false;
  const label = labelOf(c);
  if (label.length < 5) return false;
  return handlesOf(p).some((h) => label === h || (h.length >= 6 && label.includes(h)));
}

/**
 * Whether the text just before a link presents it as the profile's own ("My GitHub:", "Portfolio -", a link on a
 * line of its own), as opposed to a link in a sentence about other work ("fixed bugs in …", "built with …").
 */
export function presentedAsOwn(text: string, at: number): boolean {
  // Links before this one are read as a gap (their dots end no sentence): "My site: https://a.dev and https://b.dev".
  const words = text.slice(Math.max(0, at - 300), at).replace(/\bhttps?:\/\/\S+/g, ' ');
  const clause = /[^.!?;,\n]*$/.exec(words.slice(-120))?.[0] ?? '';
  if (!/\p{L}/u.test(clause)) return true;
  return /(?:^|[^\p{L}])(?:my|mine|me|our|portfolio|website|web ?site|site|homepage|home page|blog|github|gitlab|linkedin|twitter|behance|dribbble|profile|contact|links?|url|mein(?:e|en)?|unsere?|mi|mis|mon|ma|mes|meu|minha|meus|minhas|mio|mia|webseite|sitio|página)(?=$|[^\p{L}])/iu.test(
    clause,
  );
}

export interface Holder {
  name?: string;
  url?: string;
  /** When this browser first saw the profile. */
  since?: string;
}

/**
 * Which of two profiles sharing the link `c` had it first: the one whose name or handle it carries (when only one
 * does), else the one seen first; undefined when neither is plain (both, or neither, or no dates).
 */
export function firstHolder(c: string, me: Holder, other: Holder): 'this' | 'other' | undefined {
  if (!isLinkContact(c)) return undefined;
  const mine = ownsByName(c, me);
  const theirs = ownsByName(c, other);
  if (mine !== theirs) return mine ? 'this' : 'other';
  if (mine || !me.since || !other.since || me.since === other.since) return undefined;
  return me.since < other.since ? 'this' : 'other';
}
