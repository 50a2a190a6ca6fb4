/**
 * The panel for "Check selected text for red flags". Injected by the background into the one tab where the
 * user used the context menu; shows the result it is sent. Accepts messages only from this extension.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SelectionPanel } from '../../components/SelectionPanel';
import { localeFor, setLocale } from '../../lib/i18n';
import { contentMatches } from '../../lib/sites/hosts';
import type { MessageAnalysis } from '../../lib/analyze';
import css from '../marketplace.content/style.css?inline';

export default defineContentScript({
  // Injected only by the context-menu handler, through activeTab. Runtime registration adds `matches` to the
  // host permissions, so they are the marketplaces' (already granted) — never <all_urls>.
  matches: contentMatches,
  registration: 'runtime',
  // The style travels inside the script: a web-accessible CSS file would only load on the marketplaces.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    setLocale(localeFor(navigator.language));
    let ui: ShadowRootContentScriptUi<void> | undefined;
    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      const m = msg as { type?: string; result?: MessageAnalysis };
      if (sender.id !== browser.runtime.id || m?.type !== 'show-selection-result' || !m.result) return;
      ui?.remove();
      void createShadowRootUi(ctx, {
        name: 'red-flag-radar-selection',
        css,
        position: 'overlay',
        anchor: 'body',
        alignment: 'top-right',
        onMount: (container) => render(<SelectionPanel result={m.result!} onClose={() => ui?.remove()} />, container),
        onRemove: (container) => container && render(null, container),
      }).then((created) => {
        ui = created;
        ui.mount();
      });
    });
  },
});
