// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { TakedownProfileForm } from '../../../src/options/TakedownProfileForm';
import type { LockStatus } from '../../../src/shared/messages';
import { buttonIn, click, mount, typeInto, unmount } from './mount';

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

const status = (encryption: LockStatus['encryption'], unlocked: boolean): LockStatus => ({ encryption, unlocked, idleMinutes: 10 });
const input = (el: HTMLElement, label: string) => [...el.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!;

describe('TakedownProfileForm', () => {
  it('is not shown while Preserve is locked, and does not read the details', async () => {
    const takedownProfile = vi.fn(async () => null);
    root = await mount(h(TakedownProfileForm, { api: { lockStatus: async () => status('on', false), takedownProfile } as unknown as OptionsApi }));
    expect(root.textContent).toContain('Unlock Preserve to see or change these details.');
    expect(root.querySelector('input')).toBeNull();
    expect(takedownProfile).not.toHaveBeenCalled();
  });

  it('saves what was typed, leaving empty optional fields out, and says it is encrypted when a passphrase is set', async () => {
    const saveTakedownProfile = vi.fn(async () => undefined);
    const api = { lockStatus: async () => status('on', true), takedownProfile: async () => null, saveTakedownProfile } as unknown as OptionsApi;
    root = await mount(h(TakedownProfileForm, { api }));
    expect(root.textContent).toContain('encrypted like everything else because a passphrase is set');
    await typeInto(input(root, 'Legal name'), ' Alex Doe ');
    await typeInto(input(root, 'An email address'), 'requests@example.org');
    await typeInto(input(root, 'Name to sign with'), 'Alex Doe');
    await typeInto(input(root, 'Their name'), 'Sam Lawyer');
    await click(buttonIn(root, 'Save details'));
    expect(saveTakedownProfile).toHaveBeenCalledWith({
      legalName: 'Alex Doe',
      email: 'requests@example.org',
      signatureName: 'Alex Doe',
      agent: { name: 'Sam Lawyer' },
    });
    expect(root.textContent).toContain('Your details are saved.');
  });

  it('shows the saved details and can remove them', async () => {
    const saveTakedownProfile = vi.fn(async () => undefined);
    const api = {
      lockStatus: async () => status('off', false),
      takedownProfile: async () => ({ legalName: 'Alex Doe', email: 'a@example.org', signatureName: 'A. Doe', phone: '555' }),
      saveTakedownProfile,
    } as unknown as OptionsApi;
    root = await mount(h(TakedownProfileForm, { api }));
    expect(input(root, 'Phone').value).toBe('555');
    await click(buttonIn(root, 'Remove these details'));
    expect(saveTakedownProfile).toHaveBeenCalledWith(null);
    expect(input(root, 'Legal name').value).toBe('');
  });
});
