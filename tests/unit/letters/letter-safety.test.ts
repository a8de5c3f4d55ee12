import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDmcaNotice, buildPreservationRequest, buildTakeItDownRequest, type Letter, type LetterInput } from '../../../src/letters';
import { completeInput, inBoth } from './letter-fixtures';

const BUILDERS: Array<[string, (input: LetterInput) => Letter]> = [
  ['DMCA notice', (input) => buildDmcaNotice(input, { work: 'A photograph I took of myself.', createdByMe: true })],
  ['TAKE IT DOWN request', (input) => buildTakeItDownRequest(input, { details: 'Shared by a former partner.' })],
  ['preservation request', (input) => buildPreservationRequest(input, { caseReference: 'REF-1' })],
];

const SCRIPT = '<script>alert(1)</script>';
const HOSTILE_URL = 'https://evil.test/"><img src=x onerror=alert(1)>';
// The tags the renderer writes; anything else in the HTML came from a value that escaped escaping.
const OWN_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'article', 'h1', 'h2', 'p', 'br', 'table', 'tr', 'th', 'td', 'ol', 'li', 'mark']);

function hostileInput(): LetterInput {
  const input = completeInput();
  input.sender.legalName = `Jane ${SCRIPT}\u202eevil\u0007 Example`;
  input.sender.signatureName = `Jane ${SCRIPT}`;
  input.recipient.platformName = `Reddit<style>body{display:none}</style>`;
  input.items[0]!.url = HOSTILE_URL;
  input.items[0]!.description = `${'x'.repeat(100_000)} end`;
  input.items[1]!.url = 'javascript:alert(document.cookie)';
  input.items[1]!.accountHandle = "u/o'brien\u0000\u001b[31m";
  return input;
}

afterEach(() => {
  vi.useRealTimers();
});

describe.each(BUILDERS)('the %s', (_name, build) => {
  it('escapes markup from names, URLs and descriptions in the HTML', () => {
    const letter = build(hostileInput());
    const tags = [...letter.html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1]!.toLowerCase());
    expect(tags.filter((tag) => !OWN_TAGS.has(tag))).toEqual([]);
    expect(letter.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(letter.html).toContain('https://evil.test/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(letter.html).not.toMatch(/\b(?:href|src|action|on\w+)=["']/i);
    expect(letter.html).not.toMatch(/url\(|@import/);
    // Still shown, as text, so the person can see and correct it.
    expect(inBoth(letter, HOSTILE_URL)).toBe(true);
    expect(inBoth(letter, 'javascript:alert(document.cookie)')).toBe(true);
  });

  it('drops control and direction-changing characters and clips very long values', () => {
    const letter = build(hostileInput());
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters under test
    const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    expect(letter.text).not.toMatch(controls);
    expect(letter.html).not.toMatch(controls);
    expect(inBoth(letter, "u/o'brien[31m")).toBe(true);
    expect(letter.html.length).toBeLessThan(20_000);
    expect(letter.text).not.toContain(' end');
    expect(letter.notes.join(' ')).toContain('shortened');
  });

  it('is a self-contained page with no script and nothing to load', () => {
    const { html } = build(completeInput());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|https?:\/\/(?!www\.reddit\.com|i\.redd\.it)/);
  });

  it('wraps the text at 76 columns, leaving only unbreakable words (URLs, hashes) longer', () => {
    const input = completeInput();
    input.items[0]!.url = `https://www.reddit.com/r/example/comments/abc123/${'long_title_'.repeat(10)}/`;
    const { text } = build(input);
    const long = text.split('\n').filter((line) => line.length > 76);
    expect(long.length).toBeGreaterThan(0);
    for (const line of long) expect(line.trim()).not.toMatch(/\s/);
    expect(text).toContain(input.items[0]!.url);
  });

  it('gives the same bytes for the same input, whatever the clock says', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-15T12:00:00Z'));
    const first = build(completeInput());
    vi.setSystemTime(new Date('2031-07-04T00:00:00Z'));
    const second = build(completeInput());
    expect(second.text).toBe(first.text);
    expect(second.html).toBe(first.html);
    expect(first.text).not.toMatch(/2030|2031/);
  });

  it('carries the injected date', () => {
    const input = completeInput();
    input.date = '2027-02-03';
    const letter = build(input);
    expect(inBoth(letter, 'Date: 3 February 2027')).toBe(true);
    expect(letter.text).not.toContain('2 June 2026');
  });

  it('does not change the input it was given', () => {
    const input = hostileInput();
    const before = structuredClone(input);
    build(input);
    expect(input).toEqual(before);
  });
});
