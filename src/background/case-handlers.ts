import { UserFacingError } from '../shared/errors';
import type { RequestOf, ResponseOf } from '../shared/messages';

export const caseHandlers = {
  'case.create': async (_request: RequestOf<'case.create'>): Promise<ResponseOf<'case.create'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'case.rename': async (_request: RequestOf<'case.rename'>): Promise<ResponseOf<'case.rename'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'case.archive': async (_request: RequestOf<'case.archive'>): Promise<ResponseOf<'case.archive'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'case.delete': async (_request: RequestOf<'case.delete'>): Promise<ResponseOf<'case.delete'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'case.setActive': async (_request: RequestOf<'case.setActive'>): Promise<ResponseOf<'case.setActive'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'case.moveCapture': async (_request: RequestOf<'case.moveCapture'>): Promise<ResponseOf<'case.moveCapture'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
};
