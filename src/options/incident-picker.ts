/** The incident form's capture picker lists the newest captures (and any already linked); a case can hold thousands. */
export const PICKER_LIMIT = 200;
