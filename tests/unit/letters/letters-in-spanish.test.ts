import { describe, expect, it } from 'vitest';
import { buildDmcaNotice, buildPreservationRequest, buildTakeItDownRequest, letterContact } from '../../../src/letters';
import type { LetterInput } from '../../../src/letters';
import { completeInput, inBoth } from './letter-fixtures';

const WORK = { work: 'Una foto mía que tomé yo en 2024.', originalAt: 'en mi propio teléfono', createdByMe: true };
const inSpanish = (input: LetterInput = completeInput()): LetterInput => ({ ...input, language: 'es' });
const ENGLISH_OFFER = 'Si su plataforma exige que las solicitudes estén en inglés, puedo enviarles una versión en inglés de esta carta';

describe('a DMCA notice in Spanish', () => {
  it('holds every element of 17 U.S.C. § 512(c)(3)(A), each said in Spanish, and cites the statute unchanged', () => {
    const letter = buildDmcaNotice(inSpanish(), WORK);
    expect(letter.missing).toEqual([]);
    expect(letter.elements.map((element) => [element.cite, element.present])).toEqual(
      ['i', 'ii', 'iii', 'iv', 'v', 'vi'].map((clause) => [`17 U.S.C. § 512(c)(3)(A)(${clause})`, true]),
    );
    // (i) signature, (ii) the work, (iii) the material and where it is, (iv) contact, (v) good faith, (vi) accuracy and authority
    expect(inBoth(letter, '/s/ Jane Example')).toBe(true);
    expect(inBoth(letter, WORK.work)).toBe(true);
    expect(inBoth(letter, 'Soy la persona que aparece en esta obra y la hice yo, por lo que soy titular de sus derechos de autor.')).toBe(true);
    expect(inBoth(letter, 'Dónde está el original: en mi propio teléfono')).toBe(true);
    expect(inBoth(letter, 'Publicación: https://www.reddit.com/r/example/comments/abc123/some_title/')).toBe(true);
    expect(inBoth(letter, 'Archivo de imagen o video: https://i.redd.it/zzzzzzzzzzzz.jpg')).toBe(true);
    for (const contact of ['Correo electrónico: jane.requests@example.org', 'Teléfono: +1 555 0100', 'Dirección postal: 1 Main Street, Springfield, IL 62701'])
      expect(inBoth(letter, contact)).toBe(true);
    expect(
      inBoth(
        letter,
        'Creo de buena fe que el uso del material en la forma denunciada no está autorizado por el titular de los derechos de autor, por su agente ni por la ley.',
      ),
    ).toBe(true);
    expect(
      inBoth(
        letter,
        /información de esta notificación es exacta y, bajo pena de perjurio, declaro que soy el titular, o que cuento con autorización para actuar en nombre del titular, de un derecho exclusivo presuntamente infringido/,
      ),
    ).toBe(true);
    expect(inBoth(letter, '17 U.S.C. § 512(c)(3)')).toBe(true);
    expect(inBoth(letter, 'Fecha: 2 de junio de 2026')).toBe(true);
    expect(letter.html).toContain('<html lang="es">');
    expect(letter.text).not.toMatch(/good faith|penalty of perjury|To the designated/);
  });

  it('offers the English version in the letter and tells the person they can make it; the English letter has neither', () => {
    const spanish = buildDmcaNotice(inSpanish(), WORK);
    expect(inBoth(spanish, ENGLISH_OFFER)).toBe(true);
    expect(spanish.notes.some((note) => note.includes('Puedes crear también la versión en inglés'))).toBe(true);
    const english = buildDmcaNotice(completeInput(), WORK);
    expect(english.html).toContain('<html lang="en">');
    expect(english.text).not.toContain('inglés');
    expect(english.notes.join(' ')).not.toMatch(/English version/);
  });

  it('lets a representative state only their authority, in Spanish', () => {
    const input = inSpanish();
    input.sender = {
      legalName: 'Jane Example',
      agent: { name: 'Alex Advocate', organisation: 'Example Law', email: 'alex@law.example', authority: 'su abogada', signatureName: 'Alex Advocate' },
    };
    const letter = buildDmcaNotice(input, WORK);
    expect(letter.missing).toEqual([]);
    expect(inBoth(letter, 'Yo, Alex Advocate, de Example Law, escribo en nombre de Jane Example')).toBe(true);
    expect(inBoth(letter, 'bajo pena de perjurio, declaro que cuento con autorización para actuar en nombre del titular de un derecho exclusivo')).toBe(true);
    expect(inBoth(letter, '/s/ Alex Advocate Alex Advocate Example Law en nombre de Jane Example')).toBe(true);
  });

  it('marks what is missing with a Spanish placeholder that the HTML highlights', () => {
    const input = inSpanish();
    input.sender = { legalName: 'Jane Example' };
    input.items = [];
    const letter = buildDmcaNotice(input, {});
    expect(letter.missing).toEqual([
      'una descripción de la obra protegida',
      'la dirección (URL) de cada imagen o publicación',
      'datos de contacto (correo, teléfono o dirección postal)',
      'tu firma (tu nombre completo, escrito)',
    ]);
    for (const label of letter.missing) expect(letter.html).toContain(`<mark class="fill">[por completar: ${label}]</mark>`);
    expect(letter.elements.filter((element) => !element.present).map((element) => element.id)).toEqual(['signature', 'work', 'material', 'contact']);
  });
});

describe('the other letters in Spanish', () => {
  it('a TAKE IT DOWN request holds every element of 47 U.S.C. § 223a(a)(1)(B) and cites the Act unchanged', () => {
    const letter = buildTakeItDownRequest(inSpanish(), { details: 'Nunca acepté que se publicara.' });
    expect(letter.missing).toEqual([]);
    expect(letter.elements.map((element) => [element.cite, element.present])).toEqual(
      ['i', 'ii', 'iii', 'iv'].map((clause) => [`47 U.S.C. § 223a(a)(1)(B)(${clause})`, true]),
    );
    expect(inBoth(letter, 'sección 3 de la TAKE IT DOWN Act (Public Law 119-12), 47 U.S.C. § 223a')).toBe(true);
    expect(inBoth(letter, 'Creo de buena fe que las representaciones visuales íntimas identificadas arriba no son consentidas')).toBe(true);
    expect(inBoth(letter, 'a más tardar 48 horas después de recibir esta solicitud')).toBe(true);
    expect(inBoth(letter, ENGLISH_OFFER)).toBe(true);
  });

  it('a preservation request writes its dates in Spanish and keeps the times in UTC', () => {
    const letter = buildPreservationRequest(inSpanish(), { caseReference: 'REF-1' });
    expect(letter.missing).toEqual([]);
    expect(inBoth(letter, 'durante 90 días desde la fecha de esta carta (hasta el 31 de agosto de 2026)')).toBe(true);
    expect(inBoth(letter, 'Visto: 2026-05-30 21:04:05 UTC, 2026-05-31 08:00:00 UTC')).toBe(true);
    expect(inBoth(letter, 'Esto es una solicitud, no una orden legal')).toBe(true);
    expect(letter.elements.find((element) => element.id === 'period')?.cite).toBe('18 U.S.C. § 2703(f)(2)');
  });

  it('names the platform contact in the letter’s language', () => {
    expect(letterContact('reddit', 'dmca-notice', 'es')?.label).toBe('Agente designado de derechos de autor');
    expect(letterContact('reddit', 'dmca-notice')?.label).toBe('Designated copyright agent');
  });
});
