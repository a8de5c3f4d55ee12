import type { Sha256Hex } from './hash';

/*
 * The case workspace (issue #11): what a person records about what happened, beside the evidence.
 * None of it is evidence; each row says when Preserve recorded it. Captures stay immutable: moving
 * one to another case is a CaseEvent, never a rewrite of the capture or its chain.
 */

/** Dated changes to a case: its name, archiving, and captures moved in or out. Append-only. */
export interface CaseEvent {
  id: string;
  caseId: string;
  at: string;
  /** exported: a bundle of the case was saved (the action plan's binder step ticks itself from it). */
  kind: 'created' | 'renamed' | 'archived' | 'unarchived' | 'capture-moved-in' | 'capture-moved-out' | 'exported';
  /** renamed: the old and new names. */
  from?: string;
  to?: string;
  /** capture-moved-*: the capture, and the other case. */
  captureId?: string;
  otherCaseId?: string;
  /**
   * capture-moved-*: the capture's place in its own case's chain, kept here so an export can say
   * what fills a gap in that chain even after the capture itself was deleted with another case.
   */
  captureSeq?: number;
  captureRecordHash?: Sha256Hex;
}

/** One step of the action plan as the person left it; a step with no row is still to do. */
export interface PlanStepState {
  /** `${caseId}:${stepId}` */
  id: string;
  caseId: string;
  stepId: string;
  state: 'done' | 'not-for-me';
  at: string;
}

export type AssessmentAnswer = 'yes' | 'no' | 'unsure';
export type RiskLevel = 'urgent' | 'high' | 'moderate' | 'lower';

/** A completed threat assessment, kept with its date so it can be redone and compared. */
export interface ThreatAssessmentRecord {
  id: string;
  caseId: string;
  at: string;
  answers: Record<string, AssessmentAnswer>;
  level: RiskLevel;
}

export type IncidentStatus = 'open' | 'reported' | 'removed' | 'closed';

/**
 * An incident-log entry, with the fields survivors' guides ask for. Entries Preserve adds itself
 * (a capture, a removal request, a link check) say so in `source`; the person may edit any entry.
 */
export interface IncidentEntry {
  id: string;
  caseId: string;
  /** When it happened, as the person (or the capture's clock) says: ISO-8601. */
  occurredAt: string;
  recordedAt: string;
  updatedAt?: string;
  /** What happened. */
  summary: string;
  details?: string;
  /** Evidence that it happened. */
  captureIds: string[];
  /** Who the person thinks did it, and the evidence that they did. */
  suspectedBy?: string;
  suspectEvidence?: string;
  /** Evidence still needed. */
  evidenceNeeded?: string;
  /** Handle, URL or context. */
  context?: string;
  platform?: string;
  status: IncidentStatus;
  source: 'person' | 'capture' | 'request' | 'monitor';
  /** The capture, request or link check that added it. */
  sourceId?: string;
  personIds?: string[];
  requestIds?: string[];
}

export type PersonRole = 'perpetrator' | 'affected' | 'ally';

/** An account on a platform. The stable id survives a renamed handle. */
export interface PersonAccount {
  platform: string;
  handle?: string;
  stableId?: string;
  /** Handles this account had before, newest last: kept when a capture shows the same id under a new handle. */
  formerHandles?: string[];
  urls: string[];
}

export interface PersonRecord {
  id: string;
  caseId: string;
  role: PersonRole;
  name: string;
  accounts: PersonAccount[];
  notes?: string;
  /** Captures, log entries and requests this person is linked from. */
  captureIds: string[];
  createdAt: string;
  updatedAt?: string;
}

/** Facts about a case the action plan ticks itself from. */
export interface CaseProgressFacts {
  captures: number;
  requests: number;
  exports: number;
  assessments: number;
  incidents: number;
  letters: number;
  /** Saved preservation (litigation-hold) letters: the plan's preservation step. */
  preservationLetters: number;
  people: number;
}

export type { Sha256Hex };
