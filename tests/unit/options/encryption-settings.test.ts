// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { EncryptionSettings } from '../../../src/options/EncryptionSettings';
import type { LockStatus } from '../../../src/shared/messages';

const OFF: LockStatus = { encryption: 'off', unlocked: false, idleMinutes: 10 };
const ON_LOCKED: LockStatus = { encryption: 'on', unlocked: false, idleMinutes: 10 };
const ON_UNLOCKED: LockStatus = { encryption: 'on', unlocked: true, idleMinutes: 10 };

let root: HTMLElement;
afterEach(() => render(null, root));

async function mount(status: LockStatus, overrides: Partial<OptionsApi> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const api = { lockStatus: async () => status, ...overrides } as OptionsApi;
  await act(async () => render(h(EncryptionSettings, { api }), root));
  return root;
}

async function type(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text));

describe('EncryptionSettings', () => {
  it('sends one request for a double-click on "Turn on encryption", and keeps the button disabled until it answers', async () => {
    let answer: (status: LockStatus) => void = () => undefined;
    const enableEncryption = vi.fn(() => new Promise<LockStatus>((resolve) => (answer = resolve)));
    await mount(OFF, { enableEncryption });
    const [first, second] = [...root.querySelectorAll<HTMLInputElement>('input[type="password"]')];
    await type(first!, 'correct horse battery staple');
    await type(second!, 'correct horse battery staple');
    const submit = button('Turn on encryption')!;
    await act(() => {
      submit.click();
      submit.click(); // before any re-render, as a fast double-click can be
    });
    await act(() => submit.click());
    expect(enableEncryption).toHaveBeenCalledTimes(1);
    expect(submit.disabled).toBe(true);
    await act(async () => answer(ON_UNLOCKED));
    expect(root.textContent).toContain('Encryption is on');
  });

  it('offers to change the passphrase only while unlocked', async () => {
    await mount(ON_LOCKED);
    expect(button('Change passphrase')).toBeUndefined();
    expect(root.querySelectorAll('input[type="password"]')).toHaveLength(0);
    render(null, root);
    await mount(ON_UNLOCKED);
    expect(button('Change passphrase')).toBeDefined();
  });
});
