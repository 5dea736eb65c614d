import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { PopupApp } from './popup-app';

render(<PopupApp />, document.getElementById('app')!);
