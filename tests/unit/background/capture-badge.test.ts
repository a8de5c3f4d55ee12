import { beforeEach, describe, expect, it, vi } from 'vitest';

const action = { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) };
vi.mock('webextension-polyfill', () => ({ default: { action } }));
const takeCapture = vi.fn();
vi.mock('../../../src/capture/take-capture', () => ({ takeCapture: (...args: unknown[]) => takeCapture(...args) }));
vi.mock('../../../src/db/thumbnails', () => ({ thumbnailFor: async () => undefined }));
// The e2e hooks hang on a build-time flag that only the bundler defines.
vi.mock('../../../src/background/test-hooks', () => ({ testCommitHooks: () => ({}) }));

const { captureFromBrowserEvent } = await import('../../../src/background/capture-events');

beforeEach(() => {
  for (const spy of Object.values(action)) spy.mockClear();
  takeCapture.mockReset();
});

describe('the toolbar badge after a context-menu or shortcut capture', () => {
  it('says in the tooltip, from the catalogue, when the capture was saved', async () => {
    takeCapture.mockResolvedValue({ record: { id: 'capture-1', observed: { capturedAtLocal: '2026-11-21T11:00:00.000+01:00' } } });
    await captureFromBrowserEvent(4, 'shortcut');
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '✓' });
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 4, title: 'Preserve — saved at 2026-11-21T11:00:00.000+01:00' });
  });

  it('gives the reason when it could not be saved', async () => {
    takeCapture.mockRejectedValue(new Error('This page cannot be captured.'));
    expect(await captureFromBrowserEvent(4, 'context-menu')).toBeNull();
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '!' });
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 4, title: 'Preserve — This page cannot be captured.' });
  });
});
