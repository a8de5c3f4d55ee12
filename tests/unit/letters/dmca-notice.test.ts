import { describe, expect, it } from 'vitest';
import { buildDmcaNotice } from '../../../src/letters';
import { completeInput, inBoth } from './letter-fixtures';

const WORK = { work: 'A photograph of myself that I took in 2024.', originalAt: 'on my own phone', createdByMe: true };

describe('buildDmcaNotice', () => {
  it('holds every element of 17 U.S.C. § 512(c)(3)(A) for a complete input', () => {
    const letter = buildDmcaNotice(completeInput(), WORK);
    expect(letter.kind).toBe('dmca-notice');
    expect(letter.missing).toEqual([]);
    expect(letter.elements.map((element) => [element.cite, element.present])).toEqual(
      ['i', 'ii', 'iii', 'iv', 'v', 'vi'].map((clause) => [`17 U.S.C. § 512(c)(3)(A)(${clause})`, true]),
    );
    // (i) signature, (ii) the work, (iii) the material and where it is, (iv) contact, (v) good faith, (vi) accuracy and authority
    expect(inBoth(letter, '/s/ Jane Example')).toBe(true);
    expect(inBoth(letter, WORK.work)).toBe(true);
    expect(inBoth(letter, 'I am the person shown in this work and I made it, so I own the copyright in it.')).toBe(true);
    expect(inBoth(letter, 'Where the original is: on my own phone')).toBe(true);
    expect(inBoth(letter, 'https://www.reddit.com/r/example/comments/abc123/some_title/')).toBe(true);
    expect(inBoth(letter, 'https://i.redd.it/zzzzzzzzzzzz.jpg')).toBe(true);
    for (const contact of ['jane.requests@example.org', '+1 555 0100', '1 Main Street, Springfield, IL 62701']) expect(inBoth(letter, contact)).toBe(true);
    expect(
      inBoth(
        letter,
        'I have a good faith belief that use of the material in the manner complained of is not authorized by the copyright owner, its agent, or the law.',
      ),
    ).toBe(true);
    expect(
      inBoth(
        letter,
        /information in this notification is accurate, and under penalty of perjury, I am the owner, or authorized to act on behalf of the owner, of an exclusive right that is allegedly infringed/,
      ),
    ).toBe(true);
    expect(inBoth(letter, '17 U.S.C. § 512(c)(3)')).toBe(true);
    expect(inBoth(letter, 'Designated copyright agent, Reddit copyright@reddit.com')).toBe(true);
  });

  it('asserts ownership only when the person said they made the work', () => {
    const letter = buildDmcaNotice(completeInput(), { work: WORK.work });
    expect(letter.text).not.toContain('so I own the copyright');
    expect(letter.text).not.toContain('Where the original is');
  });

  it('reports a missing signature, contact, work and URL, and shows each as a placeholder', () => {
    const input = completeInput();
    input.sender = { legalName: 'Jane Example' };
    input.items = [];
    const letter = buildDmcaNotice(input, {});
    expect(letter.missing).toEqual([
      'a description of the copyrighted work',
      'the address (URL) of each image or post',
      'contact information (email, phone or postal address)',
      'your signature (your full name, typed)',
    ]);
    for (const label of letter.missing) {
      expect(letter.text).toContain(`[to fill in: ${label}]`);
      expect(letter.html).toContain(`<mark class="fill">[to fill in: ${label}]</mark>`);
    }
    const absent = letter.elements.filter((element) => !element.present).map((element) => element.id);
    expect(absent).toEqual(['signature', 'work', 'material', 'contact']);
    expect(letter.text).not.toMatch(/\/s\/ Jane/);
  });

  it('lets a representative sign, and states only their authority to act for the owner', () => {
    const input = completeInput();
    input.sender = {
      legalName: 'Jane Example',
      agent: { name: 'Alex Advocate', organisation: 'Example Law', email: 'alex@law.example', authority: 'her attorney', signatureName: 'Alex Advocate' },
    };
    const letter = buildDmcaNotice(input, WORK);
    expect(letter.missing).toEqual([]);
    expect(inBoth(letter, 'I, Alex Advocate of Example Law, write on behalf of Jane Example')).toBe(true);
    expect(inBoth(letter, 'My authority: her attorney.')).toBe(true);
    expect(inBoth(letter, 'Jane Example is the person shown in this work and made it, so owns the copyright in it.')).toBe(true);
    expect(inBoth(letter, 'under penalty of perjury, I am authorized to act on behalf of the owner of an exclusive right')).toBe(true);
    expect(inBoth(letter, '/s/ Alex Advocate Alex Advocate Example Law on behalf of Jane Example')).toBe(true);
    expect(letter.text).not.toContain('jane.requests@example.org');
  });

  it('asks for the representative’s signature and authority when they are not given', () => {
    const input = completeInput();
    input.sender = { ...input.sender, agent: { name: 'Alex Advocate', email: 'alex@law.example' } };
    const letter = buildDmcaNotice(input, WORK);
    expect(letter.missing).toEqual(["your representative's authority to act for you", "your representative's signature (their full name, typed)"]);
    expect(letter.elements.find((element) => element.id === 'signature')?.present).toBe(false);
  });

  it('tells the person, outside the letter, who may see the notice', () => {
    const input = completeInput();
    input.recipient.contact = {
      label: 'Designated copyright agent',
      email: 'copyright@reddit.com',
      discloses: { toUploader: true, publicly: 'unknown', toLumen: true },
    };
    const letter = buildDmcaNotice(input, WORK);
    expect(letter.notes.join(' ')).toMatch(/Google are published on Lumen/);
    expect(letter.notes).toContain('Reddit sends the whole notice, with the name and contact details in it, to the person who posted the material.');
    expect(letter.notes).toContain('Reddit sends copies of notices to Lumen (lumendatabase.org), a public database where anyone can read them.');
    expect(letter.text).not.toContain('Lumen');
  });
});
