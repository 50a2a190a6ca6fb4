import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { localeFor, setLocale } from '../../lib/i18n';
import '../../components/report.css';
import './popup.css';

setLocale(localeFor(navigator.language));
document.documentElement.lang = localeFor(navigator.language);
render(<Popup />, document.getElementById('app')!);
