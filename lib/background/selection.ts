/**
 * "Check selected text for red flags" (context menu): runs the message rules on the selection and shows
 * the result in a small panel on that page. Works on any page through `activeTab` — the user's click grants
 * access to that one tab — so no broad host permission is needed.
 */
import { analyzeMessage, type MessageAnalysis } from '../analyze';

export const MENU_ID = 'rfr-check-selection';
export const PANEL_SCRIPT = '/content-scripts/selection-panel.js' as const;

export interface SelectionDeps {
  inject: (tabId: number, file: typeof PANEL_SCRIPT) => Promise<unknown>;
  send: (tabId: number, message: { type: 'show-selection-result'; result: MessageAnalysis }) => Promise<unknown>;
}

export async function checkSelection(deps: SelectionDeps, tabId: number | undefined, text: string | undefined) {
  if (tabId === undefined || tabId < 0 || !text?.trim()) return undefined;
  const result = analyzeMessage(text);
  try {
    await deps.inject(tabId, PANEL_SCRIPT);
    await deps.send(tabId, { type: 'show-selection-result', result });
  } catch {
    // Pages the browser does not let extensions script (its own pages, the web store): nothing to show.
  }
  return result;
}
