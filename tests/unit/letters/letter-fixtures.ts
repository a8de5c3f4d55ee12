import type { LetterInput } from '../../../src/letters';

/** A complete input: every test starts from its own copy and removes or spoils what it checks. */
export function completeInput(): LetterInput {
  return {
    date: '2026-06-02T09:30:00Z',
    sender: {
      legalName: 'Jane Example',
      email: 'jane.requests@example.org',
      postalAddress: '1 Main Street\nSpringfield, IL 62701',
      phone: '+1 555 0100',
      signatureName: 'Jane Example',
    },
    recipient: {
      platformId: 'reddit',
      platformName: 'Reddit',
      contact: { label: 'Designated copyright agent', email: 'copyright@reddit.com' },
    },
    items: [
      {
        url: 'https://www.reddit.com/r/example/comments/abc123/some_title/',
        kind: 'post',
        description: 'A photo of me taken at home.',
        accountHandle: 'u/someone',
        accountId: 't2_9xyz',
        captures: [
          { id: 'cap-2', capturedAt: '2026-05-31T08:00:00Z', sha256: ['b'.repeat(64)] },
          { id: 'cap-1', capturedAt: '2026-05-30T21:04:05.123Z', sha256: ['a'.repeat(64), 'c'.repeat(64)] },
        ],
      },
      {
        url: 'https://i.redd.it/zzzzzzzzzzzz.jpg',
        kind: 'media',
        accountHandle: 'u/other',
        captures: [{ id: 'cap-3', capturedAt: '2026-05-31T09:15:00Z', sha256: ['d'.repeat(64)] }],
      },
    ],
  };
}

/** What a reader sees: tags dropped, entities decoded, whitespace (and wrapping) collapsed. */
export function visibleHtml(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return collapse(
    body
      .replace(/<br>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Checks a phrase is in the letter both as text and as it reads on the printed page. */
export function inBoth(letter: { text: string; html: string }, phrase: string | RegExp): boolean {
  const text = collapse(letter.text);
  const html = visibleHtml(letter.html);
  return typeof phrase === 'string' ? text.includes(phrase) && html.includes(phrase) : phrase.test(text) && phrase.test(html);
}
