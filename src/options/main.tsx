import { render } from 'preact';
import '../ui/base.css';
import { VeilImagesByDefault } from '../ui/image-privacy';
import { extensionSessionStore } from '../db/session-store';
import { useSessionStore } from '../db/vault';
import { loadSettings } from '../ui/load-settings';
import './options.css';
import { optionsApi } from './api';
import { OptionsApp } from './OptionsApp';
import { applyPageLanguage } from '../ui/page-language';

applyPageLanguage('common_options_page_title');
useSessionStore(extensionSessionStore);
const settings = await loadSettings();
render(
  <VeilImagesByDefault.Provider value={!settings.revealImagesByDefault}>
    <OptionsApp api={optionsApi} />
  </VeilImagesByDefault.Provider>,
  document.getElementById('app')!,
);
