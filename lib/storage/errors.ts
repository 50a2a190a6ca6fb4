/** Why the browser's storage refused a change, for the user: a full disk is said as such, anything else by name. */
import { t } from '../i18n/page-text';

export function storageErrorReason(e: unknown): string {
  const names = [e, (e as { cause?: unknown })?.cause, (e as { inner?: unknown })?.inner].map(
    (x) => (x as { name?: unknown })?.name,
  );
  if (names.includes('QuotaExceededError')) return t('history.reasonQuota');
  const name = names.find((n): n is string => typeof n === 'string' && n !== 'Error' && n !== 'MergeError');
  return t('history.reasonStorage', { name: name ?? String((e as Error)?.message ?? e).slice(0, 200) });
}
