import { render } from 'preact';
import '../ui/base.css';
import { VeilImagesByDefault } from '../ui/image-privacy';
import { extensionSessionStore } from '../db/session-store';
import { useSessionStore } from '../db/vault';
import { loadSettings } from '../ui/load-settings';
import './popup.css';
import { PopupApp } from './PopupApp';
import { popupApi } from './api';
import { applyPageLanguage } from '../ui/page-language';

applyPageLanguage('common_popup_page_title');
useSessionStore(extensionSessionStore);
const settings = await loadSettings();
render(
  <VeilImagesByDefault.Provider value={!settings.revealImagesByDefault}>
    <PopupApp api={popupApi} />
  </VeilImagesByDefault.Provider>,
  document.getElementById('app')!,
);
