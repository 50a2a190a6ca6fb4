import { render } from 'preact';
import { Popup } from '../../components/Popup';
import '../../components/report.css';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
