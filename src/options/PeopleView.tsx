import { t } from '../shared/i18n';
import type { CaseRecord } from '../shared/types';
import type { OptionsApi } from './api';

/** Stub: built by issue #11. */
export function PeopleView({ api: _api, caseRecord: _caseRecord, readOnly: _readOnly }: { api: OptionsApi; caseRecord: CaseRecord; readOnly: boolean }) {
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading">{t('people_title')}</h2>
    </section>
  );
}
