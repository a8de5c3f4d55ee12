import { UserFacingError } from '../shared/errors';
import type { RequestOf, ResponseOf } from '../shared/messages';

// TODO(2026-11-30): the form filler (issue #9) replaces these.
export const formHandlers = {
  'takedown.openForm': async (_request: RequestOf<'takedown.openForm'>): Promise<ResponseOf<'takedown.openForm'>> => {
    throw new UserFacingError('Filling forms is not ready yet.', 'not-ready');
  },
  'takedown.fill': async (_request: RequestOf<'takedown.fill'>): Promise<ResponseOf<'takedown.fill'>> => {
    throw new UserFacingError('Filling forms is not ready yet.', 'not-ready');
  },
};
