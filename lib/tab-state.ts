import type { Analysis } from './analyze';

/** What the popup and the badge show for one tab. */
export type TabState =
  | { kind: 'analysis'; analysis: Analysis }
  | { kind: 'disabled'; site: string }
  | { kind: 'none' }
  /** Not a profile page of a supported marketplace (the popup's own judgement of the tab's URL). */
  | { kind: 'unsupported' };

export interface ToolbarBadge {
  text: string;
  color: string;
  title: string;
}

export const LEVEL_COLORS = { none: '#5f6368', low: '#b08900', medium: '#d9480f', high: '#c92a2a' } as const;
