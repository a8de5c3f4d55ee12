import { afterEach, describe, expect, it } from 'vitest';
import { caseTitle, newDefaultCase } from '../../../src/db/cases';
import { CATALOGUES, fillPlaceholders, placeholderNames } from '../../../src/locales';
import { captureContents } from '../../../src/options/format';
import { UserFacingError } from '../../../src/shared/errors';
import { t } from '../../../src/shared/i18n';
import { checkProfile } from '../../../src/takedowns/check-profile';
import { checkStatus } from '../../../src/takedowns/check-records';
import { overdueRequests } from '../../../src/takedowns/overdue';
import { disclosureLine } from '../../../src/takedowns/route-lines';
import { planRoutes } from '../../../src/takedowns/route-plan';
import { takedownText } from '../../../src/takedowns/takedown-text';
import { trackUrls } from '../../../src/takedowns/tracker';
import { completeFixture } from '../bundle/complete-fixture';
import { request, routeRef } from './fixtures';

const spanish = takedownText('es');
const NOW = new Date('2026-11-30T12:00:00.000Z');
const profile = { legalName: 'Alex Example', email: 'alex@example.org', signatureName: 'Alex Example' };

// What no line may show: a key that was not found, or a placeholder left unfilled.
const LEFTOVER = /takedowns_|\{[a-z]/;

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return (error as Error).message;
  }
  throw new Error('it was accepted');
}

describe('the removal routes in Spanish', () => {
  it('writes every line Preserve adds in Spanish, in the same order as in English', () => {
    const input = { platform: { id: 'reddit', name: 'Reddit' }, kind: 'post' as const, under18: false };
    const english = planRoutes(input);
    const plan = planRoutes(input, spanish);
    expect(plan.map((route) => [route.step, route.label, route.url])).toEqual(english.map((route) => [route.step, route.label, route.url]));
    for (const route of plan) {
      expect(route.needs).toMatch(/^Requisitos: /);
      for (const line of [route.needs, route.discloses, route.caveat]) expect(line ?? '').not.toMatch(LEFTOVER);
    }
    expect(plan.find((route) => route.step === 'copyright')?.needs).toContain('que los derechos de autor sean tuyos');
  });

  it('names a site Preserve does not know, its hosting company and the letters in Spanish', () => {
    const input = {
      platform: null,
      kind: 'other' as const,
      under18: false,
      host: 'fotos.example',
      contacts: [{ source: 'mailto' as const, label: 'abuse@fotos.example', email: 'abuse@fotos.example' }],
    };
    const plan = planRoutes(input, spanish);
    expect(plan.map((route) => route.step)).toEqual(planRoutes(input).map((route) => route.step));
    expect(plan[0]?.step).toBe('host-abuse');
    expect(plan[0]?.label).toBe('Una dirección que aparece en la página: abuse@fotos.example');
    expect(plan[0]?.discloses).toBe('Preserve no sabe si fotos.example pasa tu mensaje a la persona que publicó el contenido o lo publica.');
    expect(plan[1]?.label).toBe('La empresa que aloja fotos.example');
    expect(plan[1]?.how).toMatch(/^Busca fotos\.example en un servicio WHOIS o RDAP/);
    expect(plan.find((route) => route.step === 'letters')?.label).toBe('Una carta que envías tú');
  });

  it('joins what Preserve does not know with "o"', () => {
    const line = disclosureLine({ kind: 'ncii', discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' } }, 'X', spanish);
    expect(line).toBe('Preserve no sabe si X pasa tu aviso a la persona que publicó el contenido, lo publica o lo envía a Lumen, un archivo público.');
  });
});

describe('an overdue request in Spanish', () => {
  it('says calmly how long the platform has not answered, the Act’s rule and the next route', () => {
    const post = 'https://www.reddit.com/r/pics/comments/abc123/title/';
    const requests = [request('r1', [post], routeRef('reddit', 0), '2026-11-20T09:00:00.000Z')];
    const [notice] = overdueRequests(requests, trackUrls({ captures: [], requests, events: [] }), new Date('2026-11-23T14:00:00.000Z'), spanish);
    expect(notice?.message).toBe(
      'Reddit no ha respondido en 3 días; la TAKE IT DOWN Act pide a las plataformas obligadas que retiren el contenido en un plazo de 48 horas. Puedes probar la siguiente vía: Reddit report page.',
    );
  });
});

describe('the input checks in Spanish', () => {
  it('names the field in the sentence, with the first letter raised and limits filled in', () => {
    expect(refusal(() => checkProfile({ ...profile, legalName: ' ' }, spanish))).toBe('Rellena tu nombre legal, por favor.');
    expect(refusal(() => checkProfile({ ...profile, email: 'alex en example' }, spanish))).toBe(
      'El correo para solicitudes no parece una dirección de correo electrónico (nombre@ejemplo.org).',
    );
    expect(refusal(() => checkProfile({ ...profile, signatureName: 'x'.repeat(201) }, spanish))).toBe(
      'El nombre con el que firmas tiene demasiados caracteres (como máximo 200).',
    );
    const status = { caseId: 'case-1', url: 'https://x.com/a/status/1', status: 'removed' as const, at: '2026-12-09' };
    expect(refusal(() => checkStatus(status, NOW, spanish))).toBe('La fecha está en el futuro.');
    expect(refusal(() => checkStatus({ ...status, url: 'ftp://x' }, NOW, spanish))).toBe(
      '«ftp://x» no es una dirección web. Escribe la dirección que empieza por https://.',
    );
  });
});

describe('words the pages show from the catalogue', () => {
  const scope = globalThis as unknown as { chrome: { i18n: unknown } };
  const fake = scope.chrome.i18n;
  afterEach(() => {
    scope.chrome.i18n = fake;
  });
  // browser.i18n serving the Spanish catalogue, with its numbered substitutions.
  function serveSpanish(): void {
    const catalogue: Record<string, string> = CATALOGUES.es;
    scope.chrome.i18n = {
      getUILanguage: () => 'es',
      getMessage(key: string, substitutions?: string[]) {
        const message = catalogue[key] ?? '';
        return fillPlaceholders(message, Object.fromEntries(placeholderNames(message).map((name, i) => [name, substitutions?.[i] ?? ''])));
      },
    };
  }

  it('names the first case in the language served until it is renamed; the stored title stays English', () => {
    const first = newDefaultCase(NOW);
    expect(first.title).toBe('My case');
    expect(caseTitle(first)).toBe('My case');
    serveSpanish();
    expect(caseTitle(first)).toBe('Mi caso');
    expect(caseTitle({ ...first, title: 'Trabajo' })).toBe('Trabajo');
    expect(caseTitle({ ...first, isDefault: false })).toBe('My case');
  });

  it('says what a capture holds in Spanish, and the worker’s checks answer in the language served', () => {
    const complete = completeFixture().captures[1]!;
    serveSpanish();
    expect(captureContents(complete)).toBe('página completa (parcial), conversación, archivo de página, multimedia: 3');
    expect(refusal(() => checkProfile({ ...profile, legalName: '' }, t))).toBe('Rellena tu nombre legal, por favor.');
  });
});
