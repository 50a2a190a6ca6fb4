import type { Evidence } from '../i18n/evidence';
import type { Profile } from '../profile';

export type Severity = 'low' | 'medium' | 'high';

/** Independent groups of evidence: "high" needs one high finding or findings from two groups. */
export type RuleGroup =
  | 'location'
  | 'account'
  | 'reputation'
  | 'identity'
  | 'contact'
  | 'payment'
  | 'portfolio'
  | 'equipment'
  | 'access'
  | 'team';

export interface Finding {
  rule: string;
  severity: Severity;
  title: string;
  /** The concrete values from the page that triggered it, written in the language of the analysis. */
  evidence: string[];
  /**
   * The same evidence in no language (lib/i18n/evidence.ts): what the history keeps, so the history page and
   * the exports write it out in the reader's language. Absent on findings made by hand (tests).
   */
  lines?: Evidence[];
  /** Catalogue keys with section, e.g. "G1 Red flag indicators". */
  sources: string[];
  advice: string;
  /** The exact sentences that triggered a message rule (highlighted in place on the page). */
  quotes?: string[];
  /** Pictures that are part of the evidence (recycled-photo: this photo beside the other one). */
  images?: { src: string; alt: string }[];
  /**
   * A note, not a red flag: weak evidence ("do you use Telegram?") or a low observation that does not colour
   * the badge (a broad skill list on a long, verified track record). Listed apart; never counted in the level.
   */
  note?: boolean;
  /**
   * What the finding is about, in no language (codes, numbers, names as the page wrote them): the one-line
   * verdict and the interview questions are written from it (lib/verdict.ts, lib/interview.ts). Absent on
   * most findings; the title and evidence stay the words on the screen.
   */
  facts?: FindingFacts;
}

export interface FindingFacts {
  /** The claimed city, as the page wrote it. */
  place?: string;
  /** The claimed country, ISO 3166-1 alpha-2. */
  country?: string;
  /** The shown time zone's UTC offset, formatted ("UTC+09:00"). */
  offset?: string;
  /** The countries whose clocks the shown IANA zone is (ISO alpha-2). */
  zoneCountries?: string[];
  /** Account age in days. */
  days?: number;
  /** The kinds of contact outside the platform (Telegram, WhatsApp, E-mail, Phone …). */
  channels?: string[];
}

export interface ProfileContext {
  /** When the profile is looked at (injected: tests and the CLI fix it). */
  now: Date;
  /** Fields the adapter could not read: a rule that needs them does not run. */
  missing: readonly string[];
}

export interface ProfileRule {
  id: string;
  kind: 'profile';
  group: RuleGroup;
  /** Profile fields the rule needs, all of them; when one is absent the rule reports "could not check". */
  needs: (keyof Profile | `${keyof Profile}.${string}`)[];
  check(profile: Profile, ctx: ProfileContext): Finding | undefined;
}

export interface MessageContext {
  /** The message, cleaned, without quoted parts, in sentences (lib/text/message.ts). */
  message: import('../text/message').PreparedMessage;
}

/** What makes a message rule's single sentence a red flag rather than a note (lib/rules/grade.ts). */
export type Concrete = 'contact' | 'wallet' | 'share' | 'access' | 'payee' | 'sum' | 'switch' | 'recipient';

export interface MessageRule {
  id: string;
  kind: 'message';
  group: RuleGroup;
  /** The concrete thing that, given beside the request, makes one sentence strong evidence (lib/rules/grade.ts). */
  concrete?: Concrete;
  /**
   * Whether one sentence in which the writer names themselves ("add me", "my Telegram", "we can talk there") is
   * strong evidence by itself: for inviting the reader to contact the writer elsewhere, on real text such sentences
   * were right 0.95 of the time (read text) and 0.88 (held-out sets), against 0.88 and 0.36 without.
   */
  writerNamed?: boolean;
  /**
   * The request is about how the writer is paid: asking outright for it to go around the marketplace ("in USDT instead
   * of through Upwork") makes one sentence strong evidence (lib/rules/grade.ts, basis 'outside').
   */
  aboutPayment?: boolean;
  check(ctx: MessageContext): Finding | undefined;
}

/** Another profile whose photo matched this one's (lib/photo/memory.ts). */
export interface PhotoMatch {
  site: string;
  name?: string;
  url: string;
  seenAt: string;
  /** Aligned correlation, 0..1. */
  score: number;
  /** undefined when either name is unknown. */
  sameName: boolean | undefined;
  preview?: string;
  /** A colleague's record (issue 16), not this browser's own. */
  team?: TeamSeen;
}

/** A profile a colleague saw (issue 16): who (their display name, if they gave one); hidden = hashes only. */
export interface TeamSeen {
  recruiter?: string;
  /** Shared as hashes only: no name, no address — "seen by a colleague under another name". */
  hidden: boolean;
}

/** Another profile in the memory, as a finding names it. */
export interface OtherProfile {
  site: string;
  name?: string;
  url: string;
  seenAt: string;
  /** Whether its name can be this profile's (undefined when either is unknown). */
  sameName: boolean | undefined;
  /** A colleague's record (issue 16), not this browser's own. */
  team?: TeamSeen;
}

/** What the local memory knows about other profiles, for the rules that compare with them. */
export interface MemoryContext {
  now: Date;
  /** Near-identical text, with the shared passages (this profile's, the other's). */
  textMatches?: readonly {
    other: OtherProfile;
    similarity: number;
    passages: readonly (readonly [string, string])[];
  }[];
  contactMatches?: readonly {
    other: OtherProfile;
    contact: string;
    /** Which of the two had the shared link first, where one plainly did (lib/memory/contact-owner.ts). */
    first?: 'this' | 'other';
  }[];
  /** A client who gave this profile a top rating and several others too, within a month. */
  reviewerBursts?: readonly { client: string; date: string; others: { other: OtherProfile; date: string }[] }[];
  /** The last visit before this one. */
  previous?: { seenAt: string; profile: Pick<Profile, 'name' | 'location' | 'timezone'> };
  /** Colleagues' earlier records of this same profile (issue 16): how it looked to them, for profile-changed. */
  teamPrevious?: readonly {
    seenAt: string;
    team: TeamSeen;
    /** Full mode: name, place and zone as the colleague saw them. */
    profile?: Pick<Profile, 'name' | 'location' | 'timezone'>;
    /** Hashes mode: whether the name they saw differs (by its hash). */
    renamed?: boolean;
  }[];
  /** The photo differs from the one seen on the last visit. */
  photoChanged?: { seenAt: string };
  /** Present once the photo was fetched and compared; undefined = not compared. */
  photoMatches?: readonly PhotoMatch[];
  /** The photo's own preview, shown beside the other's. */
  photoPreview?: string;
}

export interface MemoryRule {
  id: string;
  kind: 'memory';
  group: RuleGroup;
  check(profile: Profile, ctx: MemoryContext): Finding | undefined;
}

export type Rule = ProfileRule | MessageRule | MemoryRule;
