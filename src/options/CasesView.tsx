import { t } from '../shared/i18n';
import type { CaseRecord } from '../shared/types';
import type { OptionsApi } from './api';

/** Stub: the list of cases, to create, rename, archive and delete them (issue #11). */
export function CasesView({ api: _api, cases: _cases, onCasesChanged: _onCasesChanged }: { api: OptionsApi; cases: CaseRecord[]; onCasesChanged: () => void }) {
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading">{t('cases_title')}</h2>
    </section>
  );
}
