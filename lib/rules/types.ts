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
  /** The concrete values from the page that triggered it. */
  evidence: string[];
  /** Catalogue keys with section, e.g. "G1 Red flag indicators". */
  sources: string[];
  advice: string;
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

export interface MessageRule {
  id: string;
  kind: 'message';
  group: RuleGroup;
  check(ctx: MessageContext): Finding | undefined;
}

export type Rule = ProfileRule | MessageRule;
