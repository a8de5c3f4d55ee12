import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundleBytes, buildBundleFiles } from '../../../src/bundle/build-bundle';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import type { BundleCopy } from '../../../src/bundle/types';
import { completeFixture } from './complete-fixture';
import { bundleInput, fakeSigner, makeFixture, realSigner, withRequests } from './fixtures';
import { unzipInto, withTempDir } from './zip-tools';

const root = resolve(import.meta.dirname, '../../..');
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const platformName = (id: string) => (id === 'reddit' ? 'Reddit' : undefined);

async function files(language: 'en' | 'es' | undefined, copy: BundleCopy = 'legal') {
  return buildBundleFiles(bundleInput(withRequests(makeFixture(3)), fakeSigner, { platformName, copy, ...(language && { language }) }));
}

/** VERIFY.txt's commands: the lines indented by four spaces. */
const commands = (verify: string) => verify.split('\n').filter((line) => line.startsWith('    '));

describe('the report in Spanish', () => {
  it('writes report.html, DECLARATION.txt and VERIFY.txt in Spanish', async () => {
    const bundle = await files('es');
    const report = text(bundle.get('report.html'));
    expect(report).toContain('<html lang="es">');
    for (const phrase of [
      '<strong>Copia legal.</strong>',
      'Cómo comprobar este paquete',
      'Lo que registró el navegador',
      'Solicitudes de retirada',
      'Captura 1 de 3 del caso',
      'Formulario en línea',
    ])
      expect(report).toContain(phrase);
    for (const phrase of ['Legal copy.', 'What the browser recorded', 'Removal requests', ' of 3 in the case', 'Online form'])
      expect(report).not.toContain(phrase);
    const declaration = text(bundle.get('DECLARATION.txt'));
    expect(declaration.startsWith('DECLARACIÓN: CÓMO SE REUNIERON ESTAS PRUEBAS\n')).toBe(true);
    expect(declaration).toContain('Firma: ');
    expect(text(bundle.get('VERIFY.txt')).startsWith('CÓMO COMPROBAR ESTE PAQUETE DE PRUEBAS\n')).toBe(true);
  });

  it('prints the same commands in VERIFY.txt as the English one, and keeps the machine files in English', async () => {
    const [english, spanish] = await Promise.all([files('en', 'platform'), files('es', 'platform')]);
    const verifyEn = text(english.get('VERIFY.txt'));
    const verifyEs = text(spanish.get('VERIFY.txt'));
    expect(commands(verifyEs)).toEqual(commands(verifyEn));
    expect(commands(verifyEs).length).toBeGreaterThanOrEqual(8);
    expect(verifyEs).not.toBe(verifyEn);
    for (const path of ['case.json', 'requests.json', 'captures.csv', 'requests.csv', 'tracker.csv', 'incident-log.csv'])
      expect(text(spanish.get(path)), path).toBe(text(english.get(path)));
    expect(text(spanish.get('report.html'))).toContain('Copia para plataformas, con datos ocultos.');
  });

  it('says a full-page capture, its media and conversation in Spanish, with numbers written the Spanish way', async () => {
    const bundle = await buildBundleFiles(bundleInput(completeFixture(), fakeSigner, { language: 'es' }));
    const report = text(bundle.get('report.html'));
    for (const phrase of [
      'La página completa',
      'Los fragmentos, tal como los entregó el navegador',
      'Contenido multimedia',
      'La conversación, tal como la mostraba la página',
    ])
      expect(report).toContain(phrase);
    expect(report).toMatch(/\d+\.\d{3} píxeles/);
    expect(report).not.toContain('The full page');
  });

  it('leaves English output as it was when no language is given', async () => {
    const [unset, english] = await Promise.all([files(undefined), files('en')]);
    expect([...unset.keys()]).toEqual([...english.keys()]);
    for (const [path, bytes] of unset) expect(text(english.get(path)), path).toBe(text(bytes));
    expect(text(english.get('report.html'))).toContain('<html lang="en">');
  });
});

describe('a Spanish bundle is verified like any other', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-verify.ts'], { cwd: root, stdio: 'pipe' });
  }, 60_000);

  it('passes verifyBundle, preserve-verify and the openssl and sha256sum commands its VERIFY.txt prints', async () => {
    const zip = await buildBundleBytes(bundleInput(withRequests(makeFixture(2)), await realSigner(), { platformName, language: 'es' }));
    expect((await verifyBundle(zip)).problems).toEqual([]);
    await withTempDir((dir) => {
      writeFileSync(join(dir, 'es.zip'), zip);
      const run = spawnSync(process.execPath, [join(root, 'bin/preserve-verify.mjs'), join(dir, 'es.zip')], { cwd: root, encoding: 'utf8' });
      expect(run.stdout).toMatch(/^OK: /);
      expect(run.status).toBe(0);
      unzipInto(dir, zip);
      const folder = join(dir, 'out');
      const printed = commands(readFileSync(join(folder, 'VERIFY.txt'), 'utf8'))
        .map((line) => line.trim())
        .filter((line) => /^(openssl dgst|sha256sum) /.test(line));
      expect(printed).toHaveLength(3);
      for (const command of printed) expect(spawnSync('sh', ['-c', command], { cwd: folder }).status, command).toBe(0);
    });
  });
});
