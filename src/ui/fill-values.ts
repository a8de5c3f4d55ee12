import type { FillValues, TakedownProfile } from '../shared/takedown-types';
import { NEUTRAL_DESCRIPTION, RELATIONSHIPS } from './english-form-text';

/** What the person ticked for one request. Nothing is shared unless ticked. */
export interface ShareChoices {
  name: boolean;
  email: boolean;
  address: boolean;
  phone: boolean;
  signature: boolean;
  /** Give the agent's contact details and signature instead of the person's own. */
  useAgent: boolean;
  relationship: string;
  description: string;
  urls: string[];
}

export function defaultChoices(profile: TakedownProfile | null, urls: string[]): ShareChoices {
  return {
    name: !!profile?.legalName,
    email: !!profile?.email,
    address: false,
    phone: false,
    signature: !!profile?.signatureName,
    useAgent: false,
    relationship: RELATIONSHIPS[0].value,
    description: NEUTRAL_DESCRIPTION,
    urls,
  };
}

/** The values the form filler may use: only what was ticked, from the profile, and today's date. */
export function fillValuesFrom(profile: TakedownProfile | null, choices: ShareChoices, date: string): FillValues {
  const values: FillValues = { contentUrls: [...choices.urls], date };
  const description = choices.description.trim();
  if (description) values.description = description;
  if (choices.relationship) values.relationship = choices.relationship;
  if (!profile) return values;
  const agent = choices.useAgent ? profile.agent : undefined;
  const set = (key: Exclude<keyof FillValues, 'contentUrls'>, value: string | undefined, ticked: boolean) => {
    if (ticked && value?.trim()) values[key] = value.trim();
  };
  // The depicted person's legal name stays theirs (the TAKE IT DOWN Act asks for it); an agent signs and is contacted.
  set('legalName', profile.legalName, choices.name);
  set('email', agent ? agent.email : profile.email, choices.email);
  set('phone', agent ? agent.phone : profile.phone, choices.phone);
  set('address', profile.address, choices.address);
  set('signature', agent ? agent.name : profile.signatureName, choices.signature);
  return values;
}

/** YYYY-MM-DD in the person's own time zone. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
