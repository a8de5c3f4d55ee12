import type { LinkCheckRecord, MonitorRecord, MyImageRecord } from '../shared/matching-types';
import type { CaseEvent, CaseProgressFacts, PersonRecord, PlanStepState, ThreatAssessmentRecord } from '../shared/workspace-types';
import { openAll } from './open-rows';
import { database } from './schema';
import { lettersOfCase } from './takedown-queries';

/** Reads for the case workspace and finding copies; each opens sealed rows (Preserve must be unlocked). */
export async function caseEventsOf(caseId: string): Promise<CaseEvent[]> {
  return openAll('caseEvents', await database().caseEvents.where('caseId').equals(caseId).sortBy('at'));
}

export async function planStatesOf(caseId: string): Promise<PlanStepState[]> {
  return openAll('planSteps', await database().planSteps.where('caseId').equals(caseId).toArray());
}

export async function assessmentsOf(caseId: string): Promise<ThreatAssessmentRecord[]> {
  return openAll('assessments', await database().assessments.where('caseId').equals(caseId).sortBy('at'));
}

export async function peopleOf(caseId: string): Promise<PersonRecord[]> {
  return openAll('people', await database().people.where('caseId').equals(caseId).toArray());
}

export async function myImages(): Promise<MyImageRecord[]> {
  return openAll('myImages', await database().myImages.orderBy('addedAt').toArray());
}

export async function monitorsOf(caseId: string): Promise<MonitorRecord[]> {
  return openAll('monitors', await database().monitors.where('caseId').equals(caseId).toArray());
}

export async function linkChecksOf(caseId: string): Promise<LinkCheckRecord[]> {
  return openAll('linkChecks', await database().linkChecks.where('caseId').equals(caseId).sortBy('checkedAt'));
}

/** What Preserve has done in a case, for the action plan's steps that tick themselves. */
export async function caseProgressFacts(caseId: string): Promise<CaseProgressFacts> {
  const db = database();
  const count = (table: 'captures' | 'requests' | 'assessments' | 'incidents' | 'people') => db[table].where('caseId').equals(caseId).count();
  const [captures, requests, assessments, incidents, people, letters, events] = await Promise.all([
    count('captures'),
    count('requests'),
    count('assessments'),
    count('incidents'),
    count('people'),
    lettersOfCase(caseId, db),
    caseEventsOf(caseId),
  ]);
  return {
    captures,
    requests,
    assessments,
    incidents,
    people,
    letters: letters.length,
    preservationLetters: letters.filter((letter) => letter.kind === 'preservation').length,
    exports: events.filter((event) => event.kind === 'exported').length,
  };
}
