import { UserFacingError } from '../shared/errors';
import type { TakedownProfile } from '../shared/takedown-types';
import { optionalEmail, optionalPhone, optionalText, requiredText } from './check-text';
import { ENGLISH, type TakedownText } from './takedown-text';

const NAME = 200;

/** The takedown profile as it will be stored: trimmed, empty optional fields left out. */
export function checkProfile(input: TakedownProfile, text: TakedownText = ENGLISH): TakedownProfile {
  if (typeof input !== 'object' || input === null) throw new UserFacingError(text('takedowns_check_no_profile'), 'bad-profile');
  const email = optionalEmail(input.email, 'takedowns_field_request_email', text);
  if (!email) throw new UserFacingError(text('takedowns_check_fill_in', { field: text('takedowns_field_request_email') }), 'missing-field');
  const address = optionalText(input.address, 'takedowns_field_postal_address', 1_000, text);
  const phone = optionalPhone(input.phone, 'takedowns_field_phone', text);
  const agent = input.agent ? checkAgent(input.agent, text) : undefined;
  return {
    legalName: requiredText(input.legalName, 'takedowns_field_legal_name', NAME, text),
    email,
    ...(address && { address }),
    ...(phone && { phone }),
    signatureName: requiredText(input.signatureName, 'takedowns_field_signature_name', NAME, text),
    ...(agent && { agent }),
  };
}

function checkAgent(agent: NonNullable<TakedownProfile['agent']>, text: TakedownText): TakedownProfile['agent'] {
  const organisation = optionalText(agent.organisation, 'takedowns_field_agent_organisation', NAME, text);
  const email = optionalEmail(agent.email, 'takedowns_field_agent_email', text);
  const phone = optionalPhone(agent.phone, 'takedowns_field_agent_phone', text);
  return {
    name: requiredText(agent.name, 'takedowns_field_agent_name', NAME, text),
    ...(organisation && { organisation }),
    ...(email && { email }),
    ...(phone && { phone }),
  };
}
