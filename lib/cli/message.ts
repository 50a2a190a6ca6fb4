/** `radar message`: proposal or chat text → findings and a risk level. */
import { t } from '../i18n';
import { messageRules } from '../rules';
import type { Finding } from '../rules/types';
import { score } from '../score';

export function scanMessage(text: string) {
  const findings: Finding[] = [];
  const unchecked: string[] = [];
  // The message rules (crypto payment, off-platform, laptop reshipping …) are their own issue; until they
  // exist the report says plainly that nothing was checked rather than "no red flags".
  if (messageRules.length === 0) unchecked.push(t('unchecked.noMessageRules'));
  if (!text.trim()) unchecked.push(t('unchecked.emptyMessage'));
  return { findings, risk: { ...score(findings, (r) => r), unchecked } };
}
