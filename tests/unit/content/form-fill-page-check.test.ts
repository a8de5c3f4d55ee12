// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/content/fill-form.iife';
import type { FillAnswer } from '../../../src/content/fill-form.iife';
import type { FillRequest } from '../../../src/content/form-fill/fill-form';

const fillForm = (request: FillRequest) =>
  (globalThis as unknown as { __preserveFillForm: (r: FillRequest) => Promise<FillAnswer> }).__preserveFillForm(request);
const REQUEST: FillRequest = {
  values: { contentUrls: ['https://x.com/a/status/1'], email: 'alex@example.org' },
  formUrls: ['https://help.x.com/en/forms/safety-and-sensitive-content/private-information'],
};
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the filler checks the page’s host itself, whatever the worker decided', () => {
  it('refuses a look-alike host: nothing filled, no panel', async () => {
    setUrl('https://help.x.com.evil.test/en/forms/safety-and-sensitive-content/private-information');
    document.body.innerHTML = '<label>Email <input id="e" type="email"></label>';
    const children = document.documentElement.childElementCount;
    expect(await fillForm(REQUEST)).toEqual({ refused: 'not-a-form' });
    expect(document.querySelector<HTMLInputElement>('#e')!.value).toBe('');
    expect(document.documentElement.childElementCount).toBe(children);
  });

  it('on the form’s own host, shows the panel and answers with the report', async () => {
    setUrl('https://help.x.com/en/forms/safety-and-sensitive-content/private-information');
    document.body.innerHTML = '<label>Email <input id="e" type="email"></label>';
    const children = document.documentElement.childElementCount;
    const answer = await fillForm(REQUEST);
    // happy-dom measures every box as 0×0, so the field counts as hidden here; e2e fills it.
    expect(answer).toMatchObject({ report: { host: 'help.x.com', filled: [], unfilled: [{ key: 'contentUrl' }, { key: 'email' }] } });
    expect(document.documentElement.childElementCount).toBe(children + 1);
    expect((globalThis as unknown as { __preserveFormFillReport: () => unknown }).__preserveFormFillReport()).toMatchObject({ host: 'help.x.com' });
  });
});
