import { useState } from 'preact/hooks';
import type { CaseRecord } from '../shared/types';
import { AddAttachment } from './AddAttachment';
import type { OptionsApi } from './api';
import { CaseBar } from './CaseBar';
import { CaptureList } from './CaptureList';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { MonitorPanel } from './MonitorPanel';
import { StoragePanel } from './StoragePanel';
import { TrackerView } from './TrackerView';

export function CaseView({ api, cases, current, onCasesChanged }: { api: OptionsApi; cases: CaseRecord[]; current: CaseRecord; onCasesChanged: () => void }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Remounts the list after a file is added, so it shows at once.
  const [listVersion, setListVersion] = useState(0);
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };
  return (
    <>
      <CaseBar api={api} cases={cases} current={current} onCasesChanged={onCasesChanged} />
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
      <MonitorPanel api={api} caseRecord={current} readOnly={!!current.imported} />
      {!current.imported && (
        <AddAttachment
          api={api}
          caseRecord={current}
          onAdded={() => {
            setListVersion(listVersion + 1);
            onCasesChanged();
          }}
        />
      )}
      <CaptureList key={listVersion} api={api} caseRecord={current} selected={selected} onToggle={toggle} />
    </>
  );
}
