import type { FillKey } from '../../shared/takedown-types';

/*
 * What a field's label says it wants, as a person would read it. Grouped by language so another
 * language is a new entry, not new code; English first. Order matters inside a language: the
 * first rule that matches wins, so narrower meanings come before broader ones ("type your name to
 * sign" is a signature before it is a name; "email address" is an email before it is an address).
 */

export interface LabelRules {
  /** Labels that mark a trap for robots: such a field is never filled, whatever else it says. */
  honeypot: RegExp;
  /** Labels about something Preserve does not fill, or about the other party (the uploader). */
  notOurs: RegExp;
  keys: ReadonlyArray<readonly [FillKey, RegExp]>;
  /** A second email field ("confirm your email") may take the email again. */
  confirm: RegExp;
}

const en: LabelRules = {
  honeypot:
    /leave (?:this |it )?(?:field )?(?:empty|blank)|do not (?:fill|complete|change)|don'?t (?:fill|complete)|honey ?pot|if you are (?:a )?human|robots? only|bots? only/,
  notOurs: new RegExp(
    `\\b(?:${[
      'user ?name|account name|screen ?name|display name|handle|password|captcha|search',
      'first name|last name|given name|family name|surname|middle name|initials',
      'company|organi[sz]ation|business|employer|job title',
      'date of birth|birth ?date|birthday|age|country|city|state|province|zip|postal code|post ?code',
      'ip address|order number|ticket number|title of',
      'your (?:own )?(?:website|profile|account|blog|channel|page)',
      "uploader|poster'?s|reported (?:user|account|person|profile)|person who (?:posted|uploaded|shared)|who (?:posted|uploaded)",
    ].join('|')})\\b|^subject$`,
  ),
  keys: [
    ['signature', /signature|\bsign (?:here|below)\b|\be-?sign|(?:type|enter) your (?:full )?(?:legal )?name (?:to|as) (?:sign|your signature)/],
    [
      'relationship',
      /relationship to|are you the person|who are you|on whose behalf|acting on behalf|are you reporting (?:for|on behalf)|your role|\bi am the\b/,
    ],
    ['contentUrl', /\burls?\b|\blinks?\b|web ?address|where (?:is|can we find) the (?:content|image|video)|location of the (?:content|image|video)/],
    ['description', /\bdescri[bp]|\bdetails?\b|additional (?:information|info)|tell us|what happened|explain|\bmessage\b|\bcomments?\b|more information/],
    ['email', /e-?mail/],
    ['phone', /phone|telephone|\bmobile\b|\btel\b|contact number/],
    ['address', /address/],
    ['date', /\bdate\b|today/],
    [
      'legalName',
      /full (?:legal )?name|legal name|your name|^name$|first and last name|name of (?:the )?(?:reporter|requester|complainant|claimant|rights? ?holder|copyright owner)/,
    ],
  ],
  confirm: /confirm|re-?enter|repeat|again|verify/,
};

export const LABEL_RULES: readonly LabelRules[] = [en];

/** Dates that are about the content, not the request: never the request's date. */
export const NOT_REQUEST_DATE = /birth|posted|uploaded|occurr|happened|publi|taken|created|when did/;

/**
 * Label text as a person reads it: lower case, accents folded, the "required" star and
 * "(optional)" notes dropped, one space between words.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\((?:required|optional)\)|\*/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s:?.]+$/, '')
    .trim();
}
