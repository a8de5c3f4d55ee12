import { render } from 'preact';
import '../ui/base.css';
import { VeilImagesByDefault } from '../ui/image-privacy';
import { loadSettings } from '../ui/load-settings';
import './popup.css';
import { PopupApp } from './PopupApp';
import { popupApi } from './api';

const settings = await loadSettings();
render(
  <VeilImagesByDefault.Provider value={!settings.revealImagesByDefault}>
    <PopupApp api={popupApi} />
  </VeilImagesByDefault.Provider>,
  document.getElementById('app')!,
);
