import { describe, expect, it } from 'vitest';
import { classifyField, type FieldEvidence, type TextSource } from '../../../src/content/form-fill/classify-field';
import { formHostAllowed } from '../../../src/content/form-fill/form-host';

const field = (text: string, source: TextSource = 'label', extra: Partial<FieldEvidence> = {}): FieldEvidence => ({
  tag: 'input',
  type: 'text',
  texts: [{ source, text }],
  ...extra,
});
const keyOf = (evidence: FieldEvidence) => classifyField(evidence).key;

describe('classifyField: labels as a person reads them', () => {
  it.each([
    ['Your full name', 'legalName'],
    ['Full legal name *', 'legalName'],
    ['Name', 'legalName'],
    ['Email address', 'email'],
    ['Confirm your email', 'email'],
    ['URL(s) of the content', 'contentUrl'],
    ['Link to the content you are reporting', 'contentUrl'],
    ['Where is the content located?', 'contentUrl'],
    ['Please describe the content', 'description'],
    ['Additional information (optional)', 'description'],
    ['Type your full name to sign', 'signature'],
    ['Electronic signature', 'signature'],
    ['Date', 'date'],
    ["Today's date", 'date'],
    ['Your relationship to the content', 'relationship'],
    ['Are you the person in this image?', 'relationship'],
    ['Phone number', 'phone'],
    ['Mailing address', 'address'],
    ['Adresse e-mail', 'email'],
  ])('“%s” → %s', (text, key) => {
    expect(keyOf(field(text))).toBe(key);
  });

  it('leaves alone fields about something else or someone else', () => {
    for (const text of [
      'Username',
      'First name',
      'Company name',
      'Date of birth',
      'Date the content was posted',
      'Subject',
      'Link to your profile',
      'Email of the person who posted it',
      'Uploader’s name',
      'IP address',
      'Country',
    ]) {
      const result = classifyField(field(text));
      expect(result.key, text).toBeNull();
      expect(result).toMatchObject({ reason: 'not something Preserve fills' });
    }
  });

  it('never fills a field that says it is a trap, whatever its type', () => {
    expect(classifyField(field('Leave this field empty', 'label', { type: 'email' }))).toMatchObject({ key: null, reason: 'looks like a trap for robots' });
    expect(classifyField(field('Email', 'label', { name: 'hp_email' }))).toMatchObject({ key: null, reason: 'looks like a trap for robots' });
    expect(classifyField(field('Website', 'label', { name: 'honeypot' }))).toMatchObject({ key: null });
  });

  it('is unsure when credible readings disagree, and when nothing credible is known', () => {
    expect(keyOf(field('Link to the content', 'label', { type: 'email' }))).toBeNull();
    expect(
      keyOf({
        tag: 'input',
        type: 'text',
        texts: [
          { source: 'placeholder', text: 'Email' },
          { source: 'nearby', text: 'Phone' },
        ],
      }),
    ).toBeNull();
    expect(classifyField(field('Favourite colour'))).toMatchObject({ key: null, reason: 'its meaning is unclear' });
    // A name attribute alone is a developer's word, not something a person can read.
    expect(keyOf({ tag: 'input', type: 'text', name: 'email', texts: [] })).toBeNull();
  });

  it('reads type and autocomplete tokens, with or without a label', () => {
    expect(keyOf({ tag: 'input', type: 'email', texts: [] })).toBe('email');
    expect(keyOf({ tag: 'input', type: 'text', autocomplete: 'section-a name', texts: [] })).toBe('legalName');
    expect(keyOf({ tag: 'input', type: 'text', autocomplete: 'tel', texts: [] })).toBe('phone');
    expect(keyOf({ tag: 'textarea', type: 'textarea', autocomplete: 'street-address', texts: [] })).toBe('address');
  });

  it('trusts a label more than nearby text and scores accordingly', () => {
    const labelled = classifyField(field('Email'));
    const nearby = classifyField(field('Email', 'nearby'));
    expect(labelled.key === 'email' && nearby.key === 'email' && labelled.confidence > nearby.confidence).toBe(true);
  });

  it('puts only what the control can hold: a description never goes into a URL input', () => {
    expect(classifyField(field('Description', 'label', { type: 'url' }))).toMatchObject({ key: null, reason: 'the field does not take this kind of value' });
    expect(keyOf({ tag: 'textarea', type: 'textarea', texts: [{ source: 'label', text: 'Your full name' }] })).toBeNull();
  });
});

describe('formHostAllowed: exact hosts, never look-alikes', () => {
  const x = ['https://help.x.com/en/forms/safety-and-sensitive-content/private-information'];
  it('allows the route host, its subdomains and the www/m variants of the same site', () => {
    expect(formHostAllowed('https://help.x.com/en/forms/other', x)).toBe(true);
    expect(formHostAllowed('https://HELP.X.COM./forms/ipi', x)).toBe(true);
    expect(formHostAllowed('https://m.facebook.com/help/contact/1', ['https://www.facebook.com/help/contact/567360146613371'])).toBe(true);
  });
  it('refuses look-alikes, siblings, user subdomains, plain http and other schemes', () => {
    for (const url of [
      'https://help.x.com.evil.test/en/forms',
      'https://nothelp.x.com/',
      'https://x.com/',
      'https://evil-x.com/',
      'http://help.x.com/en/forms',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(formHostAllowed(url, x), url).toBe(false);
    }
    expect(formHostAllowed('https://someone.tumblr.com/abuse/privacy', ['https://www.tumblr.com/abuse/privacy'])).toBe(false);
    expect(formHostAllowed('https://evil.zendesk.com/hc', ['https://deviantart.zendesk.com/hc/en-us/articles/1'])).toBe(false);
    expect(formHostAllowed('https://help.x.com/', [])).toBe(false);
  });
});
