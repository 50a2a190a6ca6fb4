import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyLanguage } from '../../components/apply-language';
import { WelcomePage } from '../../components/WelcomePage';
import { localeFor, setLocale, t } from '../../lib/i18n/pages';
import type { Settings } from '../../lib/storage/settings';
import '../../components/report.css';
import '../../components/pages.css';

setLocale(localeFor(navigator.language));
const root = document.getElementById('app')!;
const show = () => {
  document.title = t('welcome.title');
  render(<WelcomePage />, root);
};
show();
// The language chosen in the options, once the background answers.
void (browser.runtime.sendMessage({ type: 'get-settings' }) as Promise<Settings>).then((settings) => {
  applyLanguage(settings);
  show();
});
