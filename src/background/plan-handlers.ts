import { UserFacingError } from '../shared/errors';
import type { RequestOf, ResponseOf } from '../shared/messages';

export const planHandlers = {
  'plan.setStep': async (_request: RequestOf<'plan.setStep'>): Promise<ResponseOf<'plan.setStep'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
  'assessment.save': async (_request: RequestOf<'assessment.save'>): Promise<ResponseOf<'assessment.save'>> => {
    throw new UserFacingError('This is not built yet.', 'not-built');
  },
};
