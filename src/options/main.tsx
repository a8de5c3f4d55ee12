import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import { optionsApi } from './api';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp api={optionsApi} />, document.getElementById('app')!);
