import { UserFacingError } from '../shared/errors';
import type { RequestOf, ResponseOf } from '../shared/messages';

export const monitorHandlers = {
  'monitor.configure': async (_request: RequestOf<'monitor.configure'>): Promise<ResponseOf<'monitor.configure'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'monitor.checkNow': async (_request: RequestOf<'monitor.checkNow'>): Promise<ResponseOf<'monitor.checkNow'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
};
