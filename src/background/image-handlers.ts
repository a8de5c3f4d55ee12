import { UserFacingError } from '../shared/errors';
import type { RequestOf, ResponseOf } from '../shared/messages';

export const imageHandlers = {
  'images.add': async (_request: RequestOf<'images.add'>): Promise<ResponseOf<'images.add'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'images.delete': async (_request: RequestOf<'images.delete'>): Promise<ResponseOf<'images.delete'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'images.findOnPage': async (_request: RequestOf<'images.findOnPage'>): Promise<ResponseOf<'images.findOnPage'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
};
