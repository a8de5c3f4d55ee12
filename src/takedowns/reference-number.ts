/*
 * The reference a confirmation page gives ("Reference number: ABC-123", "Case #12345", "Your
 * request ID is …"). Help desks word it many ways; what they share is a label, a short separator
 * and one token with a digit in it. Phone numbers, dates and years sit next to the same words on
 * these pages ("call us on …", "submitted on 2026-11-30"), so tokens shaped like them are refused.
 */

const LABEL = String.raw`(?:reference|ref\.?|case|ticket|request|confirmation|submission|tracking|complaint|incident|report)`;
const SUFFIX = String.raw`(?:\s*(?:number|no\.?|num\.?|id|code))?`;
// "is", ":", "#", "(#", "-" between label and token; at most a few characters, so a label never
// reaches a number in the next sentence.
const SEPARATOR = String.raw`\s*(?:is\s*)?[:#=(\-–—]?\s*[#(]?\s*`;
const TOKEN = String.raw`([A-Za-z0-9][A-Za-z0-9\-_/.]{1,62}[A-Za-z0-9])`;

/** "report" is the weakest label ("Report content", "report 2 of 3"): only used when nothing else names a reference. */
const STRONG = new RegExp(String.raw`\b(?!report\b)${LABEL}(?![a-z])${SUFFIX}${SEPARATOR}${TOKEN}`, 'gi');
const WEAK = new RegExp(String.raw`\breport(?![a-z])${SUFFIX}${SEPARATOR}${TOKEN}`, 'gi');

const YEAR = /^(?:19|20)\d{2}$/;
const DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:T.*)?$/;
const PHONE = /^(?:1[-.])?\d{3}[-.]\d{3}[-.]\d{4}$|^0\d{2,4}[-.]\d{3,4}[-.]?\d{3,4}$/;
const TIME = /^\d{1,2}[:.]\d{2}$/;
/** What follows an area code that was taken for a token: "(415) 555-0100", "020 7946 0958". */
const REST_OF_PHONE = /^\)?[\s.-]*\d{3,4}[\s.-]\d{4}\b/;

export function findReferenceNumber(text: string): string | null {
  for (const pattern of [STRONG, WEAK]) {
    for (const match of text.matchAll(pattern)) {
      const token = match[1];
      const after = text.slice((match.index ?? 0) + match[0].length);
      if (token && looksLikeReference(token) && !REST_OF_PHONE.test(after)) return token;
    }
  }
  return null;
}

function looksLikeReference(token: string): boolean {
  if (!/\d/.test(token)) return false;
  if (YEAR.test(token) || DATE.test(token) || PHONE.test(token) || TIME.test(token)) return false;
  // A count ("report 2 of 3") is no reference; real ones have at least three characters.
  return token.length >= 3;
}
