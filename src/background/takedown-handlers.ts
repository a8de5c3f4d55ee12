import { UserFacingError } from '../shared/errors';
import type { RequestOf, ResponseOf } from '../shared/messages';

// TODO(2026-11-30): the removal-request store (issue #9) replaces these.
const notReady = (): never => {
  throw new UserFacingError('Removal requests are not ready yet.', 'not-ready');
};

export const takedownHandlers = {
  'takedown.saveProfile': async (_request: RequestOf<'takedown.saveProfile'>): Promise<ResponseOf<'takedown.saveProfile'>> => notReady(),
  'takedown.sent': async (_request: RequestOf<'takedown.sent'>): Promise<ResponseOf<'takedown.sent'>> => notReady(),
  'takedown.record': async (_request: RequestOf<'takedown.record'>): Promise<ResponseOf<'takedown.record'>> => notReady(),
  'tracker.setStatus': async (_request: RequestOf<'tracker.setStatus'>): Promise<ResponseOf<'tracker.setStatus'>> => notReady(),
  'letter.save': async (_request: RequestOf<'letter.save'>): Promise<ResponseOf<'letter.save'>> => notReady(),
};
