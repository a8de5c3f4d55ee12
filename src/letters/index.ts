export { buildDmcaNotice } from './dmca-notice';
export { letterContact } from './letter-contact';
export { buildPreservationRequest } from './preservation-request';
export { buildTakeItDownRequest } from './take-it-down-request';
// The other input types (options, sender, items) live in ./types; export them here once the app uses them.
export type { Letter, LetterInput } from './types';
