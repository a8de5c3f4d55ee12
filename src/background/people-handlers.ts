import { UserFacingError } from '../shared/errors';
import type { RequestOf, ResponseOf } from '../shared/messages';

export const peopleHandlers = {
  'person.save': async (_request: RequestOf<'person.save'>): Promise<ResponseOf<'person.save'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'person.delete': async (_request: RequestOf<'person.delete'>): Promise<ResponseOf<'person.delete'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
};
