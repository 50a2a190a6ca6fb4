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
  /**
   * Each flagged message's findings, with the opening of its text (`excerpt`, lib/tab-state.ts messageExcerpt)
   * so the popup can say which message they are from; an element read again replaces its own.
   */
  flagged: { key?: string; excerpt?: string; findings: Finding[] }[];
}

/** What the popup and the badge show for one tab. */
export type TabState = (
  | { kind: 'analysis'; analysis: Analysis }
  | { kind: 'disabled'; site: string }
  | { kind: 'none' }
  /** Not a profile page of a supported marketplace (the popup's own judgement of the tab's URL). */
  | { kind: 'unsupported' }
) & { messages?: PageMessages };

const EXCERPT = 70;

/**
 * The opening of a message as the popup names it ("Hi, I can start tomorrow. Please add me on…"): spaces
 * collapsed, control, bidi and invisible characters left out (they could reorder the words around it), at most
 * EXCERPT characters, cut at a word where one is near.
 */
export function messageExcerpt(text: string): string {
  const plain = text
    .slice(0, 2000)
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= EXCERPT) return plain;
  const cut = plain.slice(0, EXCERPT);
  const space = cut.lastIndexOf(' ');
  let end = space > EXCERPT / 2 ? space : EXCERPT;
  // No stop or comma before the ellipsis (a loop: an anchored `[…]+$` is quadratic on a run of spaces).
  while (end > 0 && ' ,;:.!?-'.includes(cut[end - 1]!)) end--;
  return `${cut.slice(0, end)}…`;
}

export interface ToolbarBadge {
  text: string;
  color: string;
  title: string;
}

export const LEVEL_COLORS = { none: '#5f6368', low: '#b08900', medium: '#d9480f', high: '#c92a2a' } as const;
