import { caseHandlers } from './case-handlers';
import { incidentHandlers } from './incident-handlers';
import { peopleHandlers } from './people-handlers';
import { planHandlers } from './plan-handlers';

/** The case workspace (issue #11): cases, the action plan and threat assessment, the incident log, people. */
export const workspaceHandlers = { ...caseHandlers, ...planHandlers, ...incidentHandlers, ...peopleHandlers };
