// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, unmount } from './mount';

const fake = vi.hoisted(() => ({
  runtime: {} as Record<string, unknown>,
  commands: [
    { name: 'save-evidence', description: 'Save evidence of this page', shortcut: 'Alt+Shift+S' },
    { name: 'quick-exit', description: 'Quick exit', shortcut: '' },
  ],
}));
vi.mock('webextension-polyfill', () => ({ default: { runtime: fake.runtime, commands: { getAll: async () => fake.commands } } }));

const { ShortcutSettings } = await import('../../../src/options/ShortcutSettings');

let root: HTMLElement | undefined;
afterEach(() => {
  unmount(root);
  delete fake.runtime.getBrowserInfo;
});

describe('keyboard shortcuts in Settings', () => {
  it('lists the shortcuts as the browser has them, and says where Chrome changes them', async () => {
    root = await mount(h(ShortcutSettings, {}));
    const items = [...root.querySelectorAll('[data-testid="shortcuts"] li')].map((li) => li.textContent);
    expect(items).toEqual(['Save evidence of this page: Alt+Shift+S', 'Quick exit: not set']);
    expect(root.textContent).toContain('chrome://extensions/shortcuts');
  });

  it('says where Firefox changes them', async () => {
    fake.runtime.getBrowserInfo = async () => ({ name: 'Firefox' });
    root = await mount(h(ShortcutSettings, {}));
    expect(root.textContent).toContain('Manage Extension Shortcuts');
    expect(root.textContent).not.toContain('chrome://extensions/shortcuts');
  });
});
