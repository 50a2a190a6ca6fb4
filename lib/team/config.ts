/**
 * The team settings (options page → lib/storage/settings.ts): where the team database is, who this recruiter is
 * there, and what is shared. Kept with the other settings in the extension's own IndexedDB — never in a page.
 * The server must speak TLS, except on this machine (localhost, 127.0.0.1, [::1]) for a test or a tunnel.
 */
import { z } from 'zod';
import type { TeamIdentity } from './records';

export const ShareSetting = z.enum(['off', 'full', 'hashes']);
export type ShareSetting = z.infer<typeof ShareSetting>;

export const TeamSettingsSchema = z.strictObject({
  /** The database's address: https://couch.example.org/recruiting ('' = no team). */
  url: z.string().max(500),
  /** The CouchDB user (one per recruiter): the author of every record this browser writes. */
  user: z.string().max(100),
  password: z.string().max(500),
  /** The name colleagues see beside a finding ("seen by Anna on 3 May"). */
  recruiter: z.string().max(80),
  /** The team's shared key: salts the hashes so they match inside the team only ('' = the database address). */
  key: z.string().max(500),
  share: ShareSetting,
});
export type TeamSettings = z.infer<typeof TeamSettingsSchema>;

export const defaultTeamSettings = (): TeamSettings => ({
  url: '',
  user: '',
  password: '',
  recruiter: '',
  key: '',
  share: 'off',
});

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const USER = /^[\p{L}\p{N}][\p{L}\p{N}._@+-]*$/u;

/** What is wrong with the address, as a message key, or undefined when it is usable. */
export function teamUrlProblem(raw: string): 'team.url.invalid' | 'team.url.tls' | undefined {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return 'team.url.invalid';
  }
  if (u.username || u.password || u.search || u.hash || u.pathname.replace(/\/+$/, '') === '')
    return 'team.url.invalid';
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:' && LOCAL_HOSTS.has(u.hostname)) return undefined;
  return u.protocol === 'http:' ? 'team.url.tls' : 'team.url.invalid';
}

/** The database address in one form: what checkpoints and the default salt are tied to. */
export const normaliseTeamUrl = (raw: string) => {
  const u = new URL(raw.trim());
  return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
};

/**
 * The pattern the host permission is asked for: this server only (its scheme and host), any path. Without the port:
 * Firefox refuses a match pattern with one ("not declared in the manifest", tested in Firefox 140), Chromium takes both.
 */
export const teamOrigin = (raw: string) => {
  const u = new URL(raw.trim());
  return `${u.protocol}//${u.hostname}/*`;
};

/** The settings, when sharing is on and complete; else undefined (nothing is synced). */
export function activeTeam(t: TeamSettings | undefined): (TeamSettings & { share: 'full' | 'hashes' }) | undefined {
  if (!t || t.share === 'off' || !t.url || !t.user || !USER.test(t.user) || teamUrlProblem(t.url)) return undefined;
  return t as TeamSettings & { share: 'full' | 'hashes' };
}

export function teamIdentity(t: TeamSettings & { share: 'full' | 'hashes' }): TeamIdentity {
  return {
    recruiterId: t.user,
    ...(t.recruiter.trim() ? { recruiter: t.recruiter.trim() } : {}),
    mode: t.share,
    salt: t.key || normaliseTeamUrl(t.url),
  };
}
