import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { CaptureRecord } from '../shared/types';
import { personLabel } from '../workspace/people-labels';
import type { OptionsApi } from './api';

/** One line on a capture: the accounts involved that the person linked to it, leading to People. */
export function CaptureAccounts({ api, capture }: { api: OptionsApi; capture: CaptureRecord }) {
  const [names, setNames] = useState<string[]>([]);
  // Async, so that even a synchronous failure only leaves this line out (see MoveCapture).
  useEffect(() => {
    void (async () => {
      const people = await api.people(capture.caseId);
      setNames(people.filter((person) => person.role === 'perpetrator' && person.captureIds.includes(capture.id)).map(personLabel));
    })().catch(() => setNames([]));
  }, [capture.id]);
  if (names.length === 0) return null;
  return (
    <p data-testid="capture-accounts">
      <a href={`#people/${capture.caseId}`}>{t('people_capture_accounts', { names: names.join(', ') })}</a>
    </p>
  );
}
