import type { FillKey } from '../../shared/takedown-types';
import { LABEL_RULES, normaliseLabel, NOT_REQUEST_DATE } from './label-rules';

/** Where a piece of text describing a field came from; a person trusts some more than others. */
export type TextSource = 'label' | 'aria' | 'placeholder' | 'title' | 'nearby';

export interface FieldEvidence {
  tag: 'input' | 'textarea';
  /** The input's type, lower case ('text' when absent). */
  type: string;
  name?: string;
  autocomplete?: string;
  texts: Array<{ source: TextSource; text: string }>;
}

export type Classification = { key: FillKey; confidence: number; label: string; confirm: boolean } | { key: null; reason: string; label: string };

const SOURCE_WEIGHT: Record<TextSource, number> = { label: 0.9, aria: 0.9, placeholder: 0.75, title: 0.7, nearby: 0.6 };
/** Below this the meaning is unsure, and the field is left alone. */
export const MIN_CONFIDENCE = 0.6;

const AUTOCOMPLETE: Record<string, FillKey> = { name: 'legalName', email: 'email', tel: 'phone', 'street-address': 'address' };
const NAME_TOKENS: Record<string, FillKey> = {
  email: 'email',
  mail: 'email',
  phone: 'phone',
  tel: 'phone',
  url: 'contentUrl',
  urls: 'contentUrl',
  link: 'contentUrl',
  links: 'contentUrl',
  description: 'description',
  details: 'description',
  signature: 'signature',
  fullname: 'legalName',
  date: 'date',
  address: 'address',
  relationship: 'relationship',
};
const HONEYPOT_NAME = /honey|^hp[_-]|[_-]hp$|trap|^bot[_-]|[_-]bot$|nospam|no-spam/i;

type Vote = { key: FillKey; weight: number; confirm: boolean };
type TextVerdict = Vote | { veto: 'honeypot' | 'not-ours' } | null;

function readText(text: string): TextVerdict {
  const label = normaliseLabel(text);
  if (!label) return null;
  for (const rules of LABEL_RULES) {
    if (rules.honeypot.test(label)) return { veto: 'honeypot' };
    if (rules.notOurs.test(label)) return { veto: 'not-ours' };
    for (const [key, pattern] of rules.keys) {
      if (!pattern.test(label)) continue;
      if (key === 'date' && NOT_REQUEST_DATE.test(label)) return { veto: 'not-ours' };
      return { key, weight: 0, confirm: rules.confirm.test(label) };
    }
  }
  return null;
}

// What the control itself can hold: a URL list needs a text box, a date a date or text input.
function fits(key: FillKey, evidence: FieldEvidence): boolean {
  if (evidence.tag === 'textarea') return key === 'contentUrl' || key === 'description' || key === 'address';
  switch (evidence.type) {
    case 'email':
      return key === 'email';
    case 'tel':
      return key === 'phone';
    case 'url':
      return key === 'contentUrl';
    case 'date':
      return key === 'date';
    case 'text':
      return true;
    default:
      return false;
  }
}

/**
 * Decides what one field wants, from everything a person could read about it and from its name
 * and type. It answers a key only when the evidence agrees; any disagreement, or any sign that
 * the field is a trap or about someone else, leaves the field alone.
 */
export function classifyField(evidence: FieldEvidence): Classification {
  const label = evidence.texts.find((entry) => entry.text.trim())?.text.trim() ?? evidence.name ?? '';
  if (evidence.name && HONEYPOT_NAME.test(evidence.name)) return { key: null, reason: 'looks like a trap for robots', label };
  const votes: Vote[] = [];
  for (const { source, text } of evidence.texts) {
    const verdict = readText(text);
    if (!verdict) continue;
    if ('veto' in verdict) {
      return { key: null, reason: verdict.veto === 'honeypot' ? 'looks like a trap for robots' : 'not something Preserve fills', label };
    }
    votes.push({ ...verdict, weight: SOURCE_WEIGHT[source] });
  }
  const auto = evidence.autocomplete
    ?.toLowerCase()
    .split(/\s+/)
    .map((token) => AUTOCOMPLETE[token])
    .find(Boolean);
  if (auto) votes.push({ key: auto, weight: 0.95, confirm: false });
  if (evidence.type === 'email') votes.push({ key: 'email', weight: 0.95, confirm: false });
  if (evidence.type === 'tel') votes.push({ key: 'phone', weight: 0.9, confirm: false });
  const tokens = (evidence.name ?? '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const tokenKey = tokens.length <= 3 ? tokens.map((token) => NAME_TOKENS[token]).find(Boolean) : undefined;
  if (tokenKey) votes.push({ key: tokenKey, weight: 0.5, confirm: false });
  if (votes.length === 0) return { key: null, reason: 'its meaning is unclear', label };

  const best = votes.reduce((top, vote) => (vote.weight > top.weight ? vote : top));
  // A second reading that disagrees and is itself credible makes the field unsure.
  if (votes.some((vote) => vote.key !== best.key && vote.weight >= MIN_CONFIDENCE)) return { key: null, reason: 'its meaning is unclear', label };
  const agreeing = votes.filter((vote) => vote.key === best.key).length;
  const confidence = Math.min(1, best.weight + 0.05 * (agreeing - 1));
  if (confidence < MIN_CONFIDENCE) return { key: null, reason: 'its meaning is unclear', label };
  if (!fits(best.key, evidence)) return { key: null, reason: 'the field does not take this kind of value', label };
  return { key: best.key, confidence, label, confirm: votes.some((vote) => vote.confirm) };
}
