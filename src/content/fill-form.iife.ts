import type { FillReport } from '../shared/takedown-types';
import { type FillPanel, showFillPanel } from './form-fill/fill-panel';
import { type FillRequest, type FillSession, startFill } from './form-fill/fill-form';
import { formHostAllowed } from './form-fill/form-host';

/** What the worker gets back: the fill so far, or a refusal when the page is not the form's host. */
export type FillAnswer = { report: FillReport } | { refused: string };

type Globals = {
  __preserveFillForm?: (request: FillRequest) => Promise<FillAnswer>;
  __preserveFormFillReport?: () => FillReport | null;
};

const FIRST_FILL_WAIT_MS = 2_000;
let current: { session: FillSession; panel: FillPanel } | null = null;

/**
 * Injected on demand into the form's top frame (never a standing content script). Like the page
 * reader it only defines functions in the extension's isolated world; the worker calls them. The
 * host is checked again here, because the tab may have navigated since the worker looked.
 */
(globalThis as Globals).__preserveFillForm = (request) => {
  if (!formHostAllowed(location.href, request.formUrls)) return Promise.resolve({ refused: 'not-a-form' });
  current?.panel.close();
  let session: FillSession | null = null;
  const panel = showFillPanel(document, () => session?.stop());
  return new Promise((resolve) => {
    // A form drawn by script may have no fields yet at load: answer at the first fill, or soon.
    const answer = () => resolve({ report: (session as FillSession).report() });
    const timer = setTimeout(answer, FIRST_FILL_WAIT_MS);
    session = startFill(document, request, {
      onChange: (report) => {
        panel.update(report);
        // The first scan runs inside startFill, before `session` is set; it is answered below.
        if (session) {
          clearTimeout(timer);
          answer();
        }
      },
    });
    current = { session, panel };
    const report = session.report();
    panel.update(report);
    if (report.filled.length > 0) {
      clearTimeout(timer);
      answer();
    }
  });
};

// The fill as it stands now, fields of later steps included ("I sent it" may read it).
(globalThis as Globals).__preserveFormFillReport = () => current?.session.report() ?? null;
