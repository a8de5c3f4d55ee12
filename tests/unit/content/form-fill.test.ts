// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showFillPanel } from '../../../src/content/form-fill/fill-panel';
import { type FillOptions, startFill } from '../../../src/content/form-fill/fill-form';
import { hiddenReason, type Measure } from '../../../src/content/form-fill/field-visibility';
import type { FillValues } from '../../../src/shared/takedown-types';

// happy-dom has no layout engine: every box measures 0×0. This stands in for one, reading the
// inline left/width a fixture sets; real layout is exercised by tests/e2e/form-fill.test.ts.
const layout: Measure = (element) => {
  const style = (element as HTMLElement).style;
  return { left: Number.parseFloat(style.left) || 10, top: 10, width: style.width === '0px' ? 0 : 200, height: style.height === '0px' ? 0 : 20 };
};

const VALUES: FillValues = {
  contentUrls: ['https://x.com/a/status/1', 'https://x.com/a/status/2', 'https://x.com/a/status/3'],
  legalName: 'Alex Example',
  email: 'alex@example.org',
  description: 'An intimate photo of me, posted without my consent.',
  signature: 'Alex Example',
  date: '2026-11-24',
  relationship: 'I am the person shown',
};
const FORM_URLS = [location.href];
const sessions: Array<{ stop(): void }> = [];

function fill(html: string, values: FillValues = VALUES, options: FillOptions = {}) {
  document.body.innerHTML = html;
  const session = startFill(document, { values, formUrls: FORM_URLS }, { measure: layout, ...options });
  sessions.push(session);
  return session;
}
const value = (selector: string, root: Document = document) => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!.value;

afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
  document.body.innerHTML = '';
});

describe('startFill: finding fields the way a person does', () => {
  it('fills by <label for>, wrapping label, aria-labelledby, aria-label, placeholder and nearby text', () => {
    const session = fill(`
      <form>
        <label for="n">Your full name</label><input id="n">
        <label>Email address <input id="e" type="email"></label>
        <span id="sig-label">Type your name to sign</span><input id="s" aria-labelledby="sig-label">
        <input id="u" aria-label="Link to the content">
        <textarea id="d" placeholder="Describe the content"></textarea>
        <div><p>Date</p><div><input id="t"></div></div>
        <button type="submit">Submit</button>
      </form>`);
    expect([value('#n'), value('#e'), value('#s'), value('#u'), value('#d'), value('#t')]).toEqual([
      'Alex Example',
      'alex@example.org',
      'Alex Example',
      'https://x.com/a/status/1',
      VALUES.description,
      '2026-11-24',
    ]);
    const report = session.report();
    expect(report.filled.map((field) => [field.key, field.label])).toEqual([
      ['legalName', 'Your full name'],
      ['email', 'Email address'],
      ['signature', 'Type your name to sign'],
      ['contentUrl', 'Link to the content'],
      ['description', 'Describe the content'],
      ['date', 'Date'],
    ]);
    // One URL input took the first link; the others and the unused relationship go to the panel.
    expect(report.unfilled).toEqual([
      { key: 'contentUrl', value: 'https://x.com/a/status/2' },
      { key: 'contentUrl', value: 'https://x.com/a/status/3' },
      { key: 'relationship', value: 'I am the person shown' },
    ]);
  });

  it('puts every link in a text box one per line, and one each into repeated link inputs', () => {
    fill('<label>URLs of the content<textarea id="list"></textarea></label>');
    expect(value('#list')).toBe(VALUES.contentUrls.join('\n'));
    const session = fill('<label>Link 1<input id="a" type="url"></label><label>Link 2<input id="b" type="url"></label>');
    expect([value('#a'), value('#b')]).toEqual(VALUES.contentUrls.slice(0, 2));
    expect(session.report().unfilled[0]).toEqual({ key: 'contentUrl', value: VALUES.contentUrls[2] });
  });

  it('never fills hidden, trapped, unclear or read-only fields, and reports why', () => {
    const session = fill(`
      <form>
        <input type="hidden" name="token" value="">
        <label>Email <input id="hidden" style="display:none"></label>
        <div style="visibility:hidden"><label>Your name <input id="invisible"></label></div>
        <label>Email <input id="offscreen" style="position:absolute;left:-9999px"></label>
        <label>Email <input id="tiny" style="width:0px"></label>
        <label>Email <input id="clear" style="opacity:0"></label>
        <div aria-hidden="true"><label>Email <input id="aria"></label></div>
        <label>Email <input id="trap" tabindex="-1"></label>
        <label>Leave this field empty <input id="honey"></label>
        <label>Website <input id="hp" name="hp_website"></label>
        <label>Favourite colour <input id="unclear"></label>
        <label>Email <input id="ro" readonly></label>
        <label>Email <input id="real" type="email"></label>
      </form>`);
    for (const id of ['hidden', 'invisible', 'offscreen', 'tiny', 'clear', 'aria', 'trap', 'honey', 'hp', 'unclear', 'ro'])
      expect(value(`#${id}`), id).toBe('');
    expect(value('#real')).toBe('alex@example.org');
    const reasons = session.report().skipped.map((entry) => entry.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'hidden',
        'hidden (off-screen)',
        'hidden (no size)',
        'cannot be reached with the keyboard',
        'looks like a trap for robots',
        'its meaning is unclear',
      ]),
    );
  });

  it('never overwrites what the person typed, before or after the fill', async () => {
    const session = fill('<label>Your full name <input id="n" value="My own words"></label><label>Email <input id="e" type="email"></label>');
    expect(value('#n')).toBe('My own words');
    expect(session.report().skipped).toContainEqual({ label: 'Your full name', reason: 'already has a value, left as it is' });
    const email = document.querySelector<HTMLInputElement>('#e')!;
    email.value = 'typed@example.org';
    document.body.append(document.createElement('div')); // a mutation: the filler looks again
    await vi.waitFor(() => expect(session.report().filled.length).toBe(1));
    await new Promise((done) => setTimeout(done, 20));
    expect(email.value).toBe('typed@example.org');
  });

  it('sets values through the native setter and fires input and change, so framework forms see them', () => {
    document.body.innerHTML = '<label>Your full name <input id="n"></label>';
    const input = document.querySelector<HTMLInputElement>('#n')!;
    // What React does: an own `value` property on the element that records writes and hides the native one.
    let tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => tracked,
      set: (next: string) => {
        tracked = next;
      },
    });
    const events: string[] = [];
    input.addEventListener('input', (event) => events.push(`${event.type}:${event.bubbles}`));
    input.addEventListener('change', (event) => events.push(event.type));
    sessions.push(startFill(document, { values: VALUES, formUrls: FORM_URLS }, { measure: layout }));
    expect(tracked).toBe(''); // the framework's own setter was bypassed…
    expect(Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(input)).toBe('Alex Example'); // …the field holds it
    expect(events).toEqual(['input:true', 'change']);
  });

  it('never submits: no submit event, no click on a button', () => {
    const submitted = vi.fn();
    const clicked = vi.fn();
    document.body.innerHTML = '<form id="f"><label>Email <input type="email"></label><button id="go">Send</button></form>';
    document.querySelector('#f')!.addEventListener('submit', submitted);
    document.querySelector('#go')!.addEventListener('click', clicked);
    sessions.push(startFill(document, { values: VALUES, formUrls: FORM_URLS }, { measure: layout }));
    expect(submitted).not.toHaveBeenCalled();
    expect(clicked).not.toHaveBeenCalled();
  });

  it('fills fields that appear later (the next step of a form), each once, and stops watching when told', async () => {
    const changes: number[] = [];
    const session = fill(
      '<div id="step1"><label>Your full name <input id="n"></label></div><div id="step2" hidden><label>Email <input id="e" type="email"></label></div>',
      VALUES,
      {
        onChange: (report) => changes.push(report.filled.length),
      },
    );
    expect(value('#e')).toBe('');
    document.querySelector('#step2')!.removeAttribute('hidden');
    await vi.waitFor(() => expect(value('#e')).toBe('alex@example.org'));
    expect(changes).toEqual([1, 2]);
    session.stop();
    document.body.insertAdjacentHTML('beforeend', '<label>Phone <input id="p" type="tel"></label>');
    await new Promise((done) => setTimeout(done, 50));
    expect(value('#p')).toBe('');
  });

  it('stops watching on its own after the time bound', async () => {
    fill('<p>Loading…</p>', VALUES, { watchMs: 30 });
    await new Promise((done) => setTimeout(done, 60));
    document.body.insertAdjacentHTML('beforeend', '<label>Email <input id="late" type="email"></label>');
    await new Promise((done) => setTimeout(done, 50));
    expect(value('#late')).toBe('');
  });

  it('fills a form inside a same-origin iframe and says which frame it was in', async () => {
    document.body.innerHTML = `<iframe id="f" srcdoc="<label>Email <input id='e' type='email'></label>"></iframe>`;
    await new Promise((done) => setTimeout(done, 50));
    const frame = document.querySelector<HTMLIFrameElement>('#f')!.contentDocument!;
    const session = startFill(document, { values: VALUES, formUrls: FORM_URLS }, { measure: layout });
    sessions.push(session);
    expect(value('#e', frame)).toBe('alex@example.org');
    expect(session.report().filled[0]).toMatchObject({ key: 'email', frameUrl: 'about:srcdoc' });
  });

  it('fills only the values the person chose to share', () => {
    const session = fill('<label>Your full name <input id="n"></label><label>Phone <input id="p" type="tel"></label>', {
      contentUrls: [],
      legalName: 'Alex Example',
    });
    expect([value('#n'), value('#p')]).toEqual(['Alex Example', '']);
    expect(session.report().skipped).toContainEqual({ label: 'Phone', reason: 'nothing to put here for this request' });
  });
});

describe('hiddenReason', () => {
  it('accepts a visible field below the fold, refuses one off the left or top edge', () => {
    document.body.innerHTML = '<input id="i">';
    const input = document.querySelector<HTMLInputElement>('#i')!;
    expect(hiddenReason(input, () => ({ left: 10, top: 5000, width: 200, height: 20 }))).toBeNull();
    expect(hiddenReason(input, () => ({ left: -500, top: 10, width: 200, height: 20 }))).toBe('hidden (off-screen)');
    expect(hiddenReason(input, () => ({ left: 10, top: -500, width: 200, height: 20 }))).toBe('hidden (off-screen)');
  });
});

describe('the copy panel', () => {
  it('lives in a closed shadow root, lists unfilled values first, and leaves nothing when closed', () => {
    const closed = vi.fn();
    const before = document.documentElement.childElementCount;
    const panel = showFillPanel(document, closed);
    panel.update({
      host: 'help.x.com',
      filled: [{ key: 'email', label: 'Email', value: 'alex@example.org' }],
      unfilled: [{ key: 'contentUrl', value: 'https://x.com/a/status/2' }],
      skipped: [],
      elapsedMs: 3,
    });
    const host = document.documentElement.lastElementChild as HTMLElement;
    expect(document.documentElement.childElementCount).toBe(before + 1);
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach inside
    expect(host.attributes.length).toBe(0);
    expect(document.documentElement.textContent).not.toContain('alex@example.org');
    panel.close();
    expect(document.documentElement.childElementCount).toBe(before);
    expect(closed).toHaveBeenCalledOnce();
  });
});
