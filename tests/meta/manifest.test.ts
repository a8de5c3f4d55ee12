import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (build: string) => JSON.parse(readFileSync(join(ROOT, 'dist', build, 'manifest.json'), 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe.runIf(existsSync(join(ROOT, 'dist/chrome/manifest.json')))('the built manifests', () => {
  it('ask only for the permissions the README explains, and no host access', () => {
    const manifest = read('chrome');
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'downloads', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    // Asked one origin at a time, at the click on "Open the form"; never at install.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    // Page archives warn of access to every site, so they are asked for when turned on in Settings.
    expect(manifest.optional_permissions).toEqual(['pageCapture']);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const permission of [...manifest.permissions, ...manifest.optional_permissions]) expect(readme).toContain(`\`${permission}\``);
  });

  it('give Firefox the same optional host access and nothing required', () => {
    const firefox = read('firefox');
    // Firefox has no pageCapture API; captures there note that no page archive was saved.
    expect(firefox.permissions).not.toContain('pageCapture');
    expect(firefox.optional_permissions).toBeUndefined();
    expect(firefox.optional_host_permissions).toEqual(['https://*/*']);
    expect(firefox.host_permissions).toBeUndefined();
  });

  it('grant the fixture form hosts and page archives only in the e2e build', () => {
    expect(read('e2e').host_permissions).toEqual(['https://help.x.com/*', 'https://support.google.com/*', 'https://media.imagehost-example.com/*']);
    expect(read('e2e').permissions).toContain('pageCapture');
  });

  it('list no web-accessible resource a page could probe', () => {
    expect(read('chrome').web_accessible_resources).toBeUndefined();
    expect(read('firefox').web_accessible_resources).toBeUndefined();
  });

  it('give Firefox a background script, an add-on id and no data collection', () => {
    const firefox = read('firefox');
    expect(firefox.background.scripts).toEqual([read('chrome').background.service_worker]);
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('keep test hooks out of the shipped build', () => {
    const shipped = filesUnder(join(ROOT, 'dist/chrome')).filter((file) => file.endsWith('.js'));
    expect(shipped.length).toBeGreaterThan(2);
    for (const file of shipped) expect(readFileSync(file, 'utf8')).not.toContain('__preserveE2E');
    const e2e = filesUnder(join(ROOT, 'dist/e2e')).filter((file) => file.endsWith('.js'));
    expect(e2e.some((file) => readFileSync(file, 'utf8').includes('__preserveE2E'))).toBe(true);
  });
});
