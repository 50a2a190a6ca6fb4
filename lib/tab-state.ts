import type { Analysis } from './analyze';
import type { Finding } from './rules/types';

/**
 * The messages read on a tab's message page (lib/content/message-scan.ts), for the popup: how many were read
 * and the findings of each flagged one. Kept with the tab's state only, never in the memory.
 */
export interface PageMessages {
  url: string;
  /** Messages read: an element read again (its text changed) counts once. */
  read: number;
  /** The keys of the elements read (the latest ones), to tell an element read again from a new one. */
  keys?: string[];
  /** Each flagged message's findings; an element read again replaces its own. */
  flagged: { key?: string; findings: Finding[] }[];
}

/** What the popup and the badge show for one tab. */
export type TabState = (
  | { kind: 'analysis'; analysis: Analysis }
  | { kind: 'disabled'; site: string }
  | { kind: 'none' }
  /** Not a profile page of a supported marketplace (the popup's own judgement of the tab's URL). */
  | { kind: 'unsupported' }
) & { messages?: PageMessages };

export interface ToolbarBadge {
  text: string;
  color: string;
  title: string;
}

export const LEVEL_COLORS = { none: '#5f6368', low: '#b08900', medium: '#d9480f', high: '#c92a2a' } as const;
