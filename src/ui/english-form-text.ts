import type { MessageKey } from '../shared/i18n';

/*
 * Text Preserve types INTO a platform's removal form, whatever language its own pages speak: the
 * platforms' reviewers read English, and a request in a language they do not read waits longer.
 * The person sees each value in their own language beside it and can change the description.
 * tests/meta/ui-text-rules.ts leaves this file out, for this reason.
 */

/** The "relationship to the content" answers: the English value sent, and the words the person reads. */
export const RELATIONSHIPS = [
  { value: 'I am the person shown', label: 'removal_relationship_self' },
  { value: 'I act for the person shown', label: 'removal_relationship_agent' },
] as const satisfies ReadonlyArray<{ value: string; label: MessageKey }>;

export const NEUTRAL_DESCRIPTION = 'An intimate image of me, shared without my consent.';
