import { caseContents, type CaseContents } from '../db/case-contents';
import { currentCaseOf } from '../db/capture-moves';
import { activeCaseId } from '../db/cases';
import { database } from '../db/schema';
import { caseEventsOf } from '../db/workspace-queries';
import { sendMessage } from '../shared/send-message';
import type { CaptureRecord, CaseRecord } from '../shared/types';
import type { CaseEvent } from '../shared/workspace-types';
import { addAttachment } from './add-attachment';

export type { CaseContents };

export interface CasesApi {
  caseEvents(caseId: string): Promise<CaseEvent[]>;
  createCase(title: string): Promise<CaseRecord>;
  renameCase(caseId: string, title: string): Promise<CaseRecord>;
  archiveCase(caseId: string, archived: boolean): Promise<CaseRecord>;
  deleteCase(caseId: string, confirmTitle: string): Promise<void>;
  /** The case new captures go into. */
  activeCaseId(): Promise<string>;
  setActiveCase(caseId: string): Promise<void>;
  /** What deleting the case would remove, for the warning. */
  caseContents(caseId: string): Promise<CaseContents>;
  /** The case a capture is in now (its own, unless it was moved). */
  caseOfCapture(capture: CaptureRecord): Promise<string>;
  moveCapture(captureId: string, toCaseId: string): Promise<void>;
  addAttachment(caseId: string, file: File): Promise<CaptureRecord>;
}

export const casesApi: CasesApi = {
  caseEvents: caseEventsOf,
  createCase: (title) => sendMessage('case.create', { title }),
  renameCase: (caseId, title) => sendMessage('case.rename', { caseId, title }),
  archiveCase: (caseId, archived) => sendMessage('case.archive', { caseId, archived }),
  async deleteCase(caseId, confirmTitle) {
    await sendMessage('case.delete', { caseId, confirmTitle });
  },
  activeCaseId: () => activeCaseId(database()),
  async setActiveCase(caseId) {
    await sendMessage('case.setActive', { caseId });
  },
  caseContents: (caseId) => caseContents(database(), caseId),
  caseOfCapture: (capture) => currentCaseOf(database(), capture.id, capture.caseId),
  async moveCapture(captureId, toCaseId) {
    await sendMessage('case.moveCapture', { captureId, toCaseId });
  },
  addAttachment,
};
