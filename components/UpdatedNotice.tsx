import { t } from '../lib/i18n/page-text';

/**
 * The extension was updated while this page was open: the page closed its connection to the memory so that the new
 * version could upgrade it (lib/storage/open-events.ts), and reads and saves nothing more. The notice says so and
 * reloads the page, the new version's, on a click — not by itself: a note being typed can still be copied first.
 */
export function UpdatedNotice({ reload = () => location.reload() }: { reload?: () => void }) {
  return (
    <div role="alert" class="rfr-updated">
      <button type="button" onClick={reload}>
        {t('history.updated')}
      </button>
    </div>
  );
}
