import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { CaseRecord } from '../shared/types';
import { caseTitle } from '../db/cases';
import type { OptionsApi } from './api';
import { formatDateTime } from './format';

function optionLabel(caseRecord: CaseRecord): string {
  if (caseRecord.imported) return t('cases_option_imported', { name: caseRecord.title });
  if (caseRecord.archivedAt) return t('cases_option_archived', { name: caseTitle(caseRecord) });
  return caseTitle(caseRecord);
}

/** Which case is shown, and where new captures go, said in words (not only by a mark). */
export function CaseBar({ api, cases, current, onCasesChanged }: { api: OptionsApi; cases: CaseRecord[]; current: CaseRecord; onCasesChanged: () => void }) {
  const [active, setActive] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void api.activeCaseId().then(setActive), [current.id]);
  const activeCase = cases.find((c) => c.id === active);
  const canTakeCaptures = !current.imported && !current.archivedAt;
  async function makeActive() {
    setError(null);
    try {
      await api.setActiveCase(current.id);
      setActive(current.id);
      onCasesChanged();
    } catch (failure) {
      setError(t('cases_failed', { message: (failure as Error).message }));
    }
  }
  return (
    <section class="case-bar" aria-label={t('cases_bar_label')}>
      <label>
        {t('cases_bar_label')}{' '}
        <select value={current.id} onChange={(event) => (location.hash = `#case/${event.currentTarget.value}`)}>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {optionLabel(c)}
            </option>
          ))}
        </select>
      </label>{' '}
      <a href="#cases">{t('cases_manage')}</a>
      {(active === current.id || activeCase) && (
        <p class="muted" data-testid="new-captures-go">
          {active === current.id ? t('cases_bar_new_here') : t('cases_bar_new_elsewhere', { name: activeCase ? caseTitle(activeCase) : '' })}{' '}
          {active !== current.id && canTakeCaptures && (
            <button type="button" onClick={() => void makeActive()}>
              {t('cases_make_active')}
            </button>
          )}
        </p>
      )}
      {current.imported && (
        <p class="muted" data-testid="imported-from">
          {t('cases_bar_imported', { bundle: current.imported.bundleName, date: formatDateTime(current.imported.exportedAt) })}
          {current.imported.verifiedFiles !== undefined && ` ${t('evidence_import_all_matched', { count: current.imported.verifiedFiles })}`}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
