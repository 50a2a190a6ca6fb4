import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { localeFor, setLocale } from '../../lib/i18n';
import '../../components/report.css';
import '../../components/pages.css';

setLocale(localeFor(navigator.language));
render(<OptionsPage />, document.getElementById('app')!);
