import { useState } from 'preact/hooks';
import type { CaseRecord } from '../shared/types';
import type { OptionsApi } from './api';
import { CaptureList } from './CaptureList';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { StoragePanel } from './StoragePanel';
import { TrackerView } from './TrackerView';

export function CaseView({ api, cases, current, onCasesChanged }: { api: OptionsApi; cases: CaseRecord[]; current: CaseRecord; onCasesChanged: () => void }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };
  return (
    <>
      <section class="case-bar" aria-label="Case">
        <label>
          Case{' '}
          <select value={current.id} onChange={(event) => (location.hash = `#case/${(event.target as HTMLSelectElement).value}`)}>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
                {c.imported ? ' (imported)' : ''}
              </option>
            ))}
          </select>
        </label>
        {current.imported && (
          <p class="muted">
            Imported from {current.imported.bundleName}, exported {current.imported.exportedAt}.
          </p>
        )}
      </section>
      <StoragePanel api={api} />
      <div class="tools">
        <ExportPanel api={api} caseRecord={current} selected={selected} />
        <ImportPanel
          api={api}
          onImported={(caseId) => {
            onCasesChanged();
            location.hash = `#case/${caseId}`;
          }}
        />
      </div>
      <TrackerView api={api} caseRecord={current} />
      <CaptureList api={api} caseRecord={current} selected={selected} onToggle={toggle} />
    </>
  );
}
