import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import { PopupApp } from './PopupApp';
import { popupApi } from './api';

render(<PopupApp api={popupApi} />, document.getElementById('app')!);
