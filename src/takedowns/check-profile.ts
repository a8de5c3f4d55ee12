import { UserFacingError } from '../shared/errors';
import type { TakedownProfile } from '../shared/takedown-types';
import { optionalEmail, optionalPhone, optionalText, requiredText } from './check-text';

const NAME = 200;

/** The takedown profile as it will be stored: trimmed, empty optional fields left out. */
export function checkProfile(input: TakedownProfile): TakedownProfile {
  if (typeof input !== 'object' || input === null) throw new UserFacingError('The details for removal requests are missing.', 'bad-profile');
  const email = optionalEmail(input.email, 'the email for requests');
  if (!email) throw new UserFacingError('Please fill in the email for requests.', 'missing-field');
  const address = optionalText(input.address, 'the postal address', 1_000);
  const phone = optionalPhone(input.phone, 'the phone number');
  const agent = input.agent ? checkAgent(input.agent) : undefined;
  return {
    legalName: requiredText(input.legalName, 'your legal name', NAME),
    email,
    ...(address && { address }),
    ...(phone && { phone }),
    signatureName: requiredText(input.signatureName, 'the name you sign with', NAME),
    ...(agent && { agent }),
  };
}

function checkAgent(agent: NonNullable<TakedownProfile['agent']>): TakedownProfile['agent'] {
  const organisation = optionalText(agent.organisation, "the representative's organisation", NAME);
  const email = optionalEmail(agent.email, "the representative's email");
  const phone = optionalPhone(agent.phone, "the representative's phone number");
  return {
    name: requiredText(agent.name, "your representative's name", NAME),
    ...(organisation && { organisation }),
    ...(email && { email }),
    ...(phone && { phone }),
  };
}
