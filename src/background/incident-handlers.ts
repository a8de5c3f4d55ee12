import { UserFacingError } from '../shared/errors';
import type { RequestOf, ResponseOf } from '../shared/messages';

export const incidentHandlers = {
  'incident.save': async (_request: RequestOf<'incident.save'>): Promise<ResponseOf<'incident.save'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'incident.delete': async (_request: RequestOf<'incident.delete'>): Promise<ResponseOf<'incident.delete'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
};
