import { describe, expect, it } from 'vitest';
import { buildTakeItDownRequest } from '../../../src/letters';
import { completeInput, inBoth } from './letter-fixtures';

describe('buildTakeItDownRequest', () => {
  it('holds every element of 47 U.S.C. § 223a(a)(1)(B) for a complete input', () => {
    const letter = buildTakeItDownRequest(completeInput(), { details: 'I never agreed to these being shared; I reported the account on 1 June.' });
    expect(letter.kind).toBe('take-it-down-request');
    expect(letter.missing).toEqual([]);
    expect(letter.elements.map((element) => [element.cite, element.present])).toEqual(
      ['i', 'ii', 'iii', 'iv'].map((clause) => [`47 U.S.C. § 223a(a)(1)(B)(${clause})`, true]),
    );
    // (i) signature, (ii) identification and location, (iii) good-faith statement, (iv) contact
    expect(inBoth(letter, '/s/ Jane Example')).toBe(true);
    expect(inBoth(letter, 'The intimate visual depictions of me are at these addresses:')).toBe(true);
    expect(inBoth(letter, 'Post: https://www.reddit.com/r/example/comments/abc123/some_title/')).toBe(true);
    expect(inBoth(letter, 'Image or video file: https://i.redd.it/zzzzzzzzzzzz.jpg')).toBe(true);
    expect(
      inBoth(
        letter,
        'I have a good faith belief that the intimate visual depictions identified above are not consensual: they were published without my consent.',
      ),
    ).toBe(true);
    expect(inBoth(letter, 'Relevant information: I never agreed to these being shared; I reported the account on 1 June.')).toBe(true);
    for (const contact of ['jane.requests@example.org', '+1 555 0100']) expect(inBoth(letter, contact)).toBe(true);
    expect(inBoth(letter, 'section 3 of the TAKE IT DOWN Act (Public Law 119-12), 47 U.S.C. § 223a')).toBe(true);
    expect(inBoth(letter, 'no later than 48 hours after you receive this request')).toBe(true);
    expect(inBoth(letter, 'known identical copies')).toBe(true);
  });

  it('lists each place with its account and the times it was seen, in UTC', () => {
    const letter = buildTakeItDownRequest(completeInput());
    expect(inBoth(letter, 'Posted by: u/someone (account id t2_9xyz) Seen: 2026-05-30 21:04:05 UTC, 2026-05-31 08:00:00 UTC')).toBe(true);
    expect(inBoth(letter, 'Posted by: u/other Seen: 2026-05-31 09:15:00 UTC')).toBe(true);
  });

  it('reports a missing signature, contact and location, and shows each as a placeholder', () => {
    const input = completeInput();
    input.sender = { legalName: 'Jane Example' };
    input.items = [{ url: '', kind: 'post', captures: [] }];
    const letter = buildTakeItDownRequest(input);
    expect(letter.missing).toEqual([
      'the address (URL) of each image or post',
      'contact information (email, phone or postal address)',
      'your signature (your full name, typed)',
    ]);
    for (const label of letter.missing) expect(inBoth(letter, `[to fill in: ${label}]`)).toBe(true);
    expect(letter.elements.filter((element) => !element.present).map((element) => element.id)).toEqual(['signature', 'location', 'contact']);
  });

  it('asks for the person’s name and the date when they are missing or unreadable', () => {
    const input = completeInput();
    input.sender = { email: 'jane.requests@example.org', signatureName: 'J. E.' };
    input.date = 'next Tuesday';
    const letter = buildTakeItDownRequest(input);
    expect(letter.missing).toEqual(["the letter's date", 'your full name']);
    expect(letter.text).toContain("Date:    [to fill in: the letter's date]");
  });

  it('speaks for the person when a representative sends it', () => {
    const input = completeInput();
    input.sender = {
      legalName: 'Jane Example',
      agent: {
        name: 'Sam Helper',
        organisation: 'Example Helpline',
        email: 'sam@helpline.example',
        authority: 'authorized in writing on 1 June 2026',
        signatureName: 'Sam Helper',
      },
    };
    const letter = buildTakeItDownRequest(input);
    expect(letter.missing).toEqual([]);
    expect(inBoth(letter, 'On their behalf, I ask you to remove intimate images of Jane Example')).toBe(true);
    expect(
      inBoth(
        letter,
        "Jane Example has a good faith belief that the intimate visual depictions identified above are not consensual: they were published without Jane Example's consent.",
      ),
    ).toBe(true);
    expect(inBoth(letter, 'Email: sam@helpline.example')).toBe(true);
    expect(inBoth(letter, '/s/ Sam Helper')).toBe(true);
  });

  it('says when covered platforms have to follow the law, by the letter’s own date', () => {
    const early = completeInput();
    early.date = '2026-05-18';
    expect(buildTakeItDownRequest(early).notes[0]).toMatch(/from 19 May 2026/);
    expect(buildTakeItDownRequest(completeInput()).notes[0]).toMatch(/within 48 hours/);
  });
});
