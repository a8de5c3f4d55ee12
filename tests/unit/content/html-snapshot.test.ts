// @vitest-environment happy-dom
// @vitest-environment-options {"happyDOM": {"settings": {"disableJavaScriptEvaluation": true, "disableJavaScriptFileLoading": true, "disableIframePageLoading": true, "handleDisabledFileLoadingAsSuccess": true}}}
import { describe, expect, it } from 'vitest';
import { htmlSnapshot, type SnapshotRequest } from '../../../src/content/html-snapshot';
import { type Drawable, ImageBudget } from '../../../src/content/html-snapshot-images';
import { absoluteCssUrls } from '../../../src/content/html-snapshot-styles';

const REQUEST: SnapshotRequest = {
  tabUrl: 'https://site.example/posts/42?a--b',
  capturedAt: '2026-11-30T12:00:00.000Z',
  banner: 'Copy of https://site.example/posts/42 saved by Preserve',
  timeBudgetMs: 1_000,
};

const PAGE = `<!doctype html><html lang="en"><head>
<meta charset="windows-1252"><meta http-equiv="refresh" content="0;url=https://elsewhere.example/">
<meta http-equiv="Content-Security-Policy" content="img-src 'self'">
<base href="https://site.example/posts/"><title>A post</title>
<style id="inline">p { color: rgb(1, 2, 3); }</style>
<script>window.evil = 1</script><script type="module">import("./app.js")</script>
<link rel="preload" href="app.js" as="script">
</head><body onload="steal()">
<p id="text" onclick="steal()">The post text</p>
<a id="js" href=" javascript:steal()">a link</a><a id="ok" href="/sam">profile</a>
<img id="photo" src="https://site.example/posts/photo.jpg" alt="photo"><picture><source srcset="big.webp"><img id="pictured" src="https://site.example/small.png" alt="x"></picture>
<img id="foreign" src="https://cdn.other.example/a.jpg" alt="other"><img id="lazy" src="https://site.example/later.jpg" alt="later">
<noscript><img src="fallback.jpg" alt="fallback"></noscript>
<iframe id="frame" src="https://embed.example/v/1" srcdoc="<script>x()</script>"></iframe>
<form><input id="name" name="name"><input id="secret" type="password" value="old"><input id="tick" type="checkbox"><textarea id="note"></textarea>
<select id="choice"><option>a</option><option>b</option></select></form>
</body></html>`;

function page(): Document {
  document.open();
  document.write(PAGE);
  document.close();
  // What the page's scripts and the person did after load, which lives in properties, not markup.
  (document.getElementById('name') as HTMLInputElement).value = 'typed text';
  (document.getElementById('secret') as HTMLInputElement).value = 'hunter2';
  (document.getElementById('tick') as HTMLInputElement).checked = true;
  (document.getElementById('note') as HTMLTextAreaElement).value = 'a note';
  (document.getElementById('choice') as HTMLSelectElement).selectedIndex = 1;
  for (const image of Array.from(document.querySelectorAll('img'))) {
    const loaded = image.id !== 'lazy';
    Object.defineProperties(image, { complete: { value: loaded }, naturalWidth: { value: loaded ? 10 : 0 }, naturalHeight: { value: 10 } });
  }
  return document;
}

/** As the canvas would: same-site images are readable, another site's taint it. */
const read = (source: Drawable) => {
  const src = (source as HTMLImageElement).src;
  return src.includes('other.example') ? null : `data:image/png;base64,${btoa(src)}`;
};

function parsed(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('htmlSnapshot', () => {
  it('keeps nothing that runs: scripts, handlers, javascript: links, refresh, noscript, frame content', () => {
    const { html } = htmlSnapshot(page(), REQUEST, read);
    const copy = parsed(html);
    expect(copy.querySelectorAll('script, noscript, link[rel="preload"], meta[http-equiv="refresh"]')).toHaveLength(0);
    expect(html).not.toMatch(/onload|onclick|javascript:|window\.evil|steal\(/);
    expect(copy.getElementById('ok')!.getAttribute('href')).toBe('/sam');
    expect(copy.getElementById('js')!.hasAttribute('href')).toBe(false);
    const frame = copy.getElementById('frame')!;
    expect([frame.getAttribute('src'), frame.getAttribute('sandbox'), frame.hasAttribute('srcdoc')]).toEqual(['https://embed.example/v/1', '', false]);
  });

  it('sets its own charset, policy and base first, and names the address and time in a header and a banner', () => {
    const { html } = htmlSnapshot(page(), REQUEST, read);
    expect(html.startsWith('<!DOCTYPE html>\n<!--')).toBe(true);
    expect(html).toContain('Address: https://site.example/posts/42?a%2D%2Db');
    expect(html).toContain('Captured at: 2026-11-30T12:00:00.000Z');
    const copy = parsed(html);
    const head = [...copy.head.children].slice(0, 3).map((element) => element.outerHTML);
    expect(head[0]).toBe('<meta charset="utf-8">');
    expect(head[1]).toContain("script-src 'none'");
    expect(head[2]).toBe('<base href="https://site.example/posts/">');
    expect(copy.querySelectorAll('meta[charset], base, meta[http-equiv="Content-Security-Policy"]')).toHaveLength(3);
    const banner = copy.body.firstElementChild!;
    expect([banner.getAttribute('role'), banner.textContent]).toEqual(['note', REQUEST.banner]);
  });

  it('copies the page’s styles from the CSSOM (rules a script inserted too), and leaves out sheets it may not read', () => {
    const doc = page();
    const inline = doc.getElementById('inline')!;
    const foreign = doc.createElement('link');
    foreign.setAttribute('rel', 'stylesheet');
    foreign.setAttribute('href', 'https://cdn.other.example/site.css');
    doc.head.append(foreign);
    // As the browser holds them: the <style>'s text says one rule, its sheet has two; another site's sheet refuses.
    const sheets = [
      {
        ownerNode: inline,
        href: null,
        disabled: false,
        media: { mediaText: '' },
        cssRules: [
          { type: 1, cssText: 'p { color: rgb(1, 2, 3); }' },
          { type: 1, cssText: 'h1 { background: url("bg.png"); }' },
        ],
      },
      {
        ownerNode: foreign,
        href: 'https://cdn.other.example/site.css',
        disabled: false,
        media: { mediaText: '' },
        get cssRules(): never {
          throw new DOMException('not allowed', 'SecurityError');
        },
      },
    ];
    Object.defineProperty(doc, 'styleSheets', { value: sheets, configurable: true });
    const result = htmlSnapshot(doc, REQUEST, read);
    delete (doc as { styleSheets?: unknown }).styleSheets;
    const copy = parsed(result.html);
    const text = [...copy.querySelectorAll('style')].map((style) => style.textContent).join('\n');
    expect(text).toBe('p { color: rgb(1, 2, 3); }\nh1 { background: url("https://site.example/posts/bg.png"); }');
    expect(copy.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    expect(result.stylesheetsLeftOut).toEqual(['https://cdn.other.example/site.css']);
  });

  it('inlines readable images, keeps the address of the rest and says which', () => {
    const result = htmlSnapshot(page(), REQUEST, read);
    const copy = parsed(result.html);
    expect(copy.getElementById('photo')!.getAttribute('src')).toBe(`data:image/png;base64,${btoa('https://site.example/posts/photo.jpg')}`);
    expect(copy.getElementById('pictured')!.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(copy.querySelectorAll('picture source')).toHaveLength(0);
    expect(copy.getElementById('foreign')!.getAttribute('src')).toBe('https://cdn.other.example/a.jpg');
    expect(result.imagesInlined).toBe(2);
    expect(result.imagesLeftOut).toEqual(['https://cdn.other.example/a.jpg', 'https://site.example/later.jpg']);
  });

  it('copies what was typed and chosen, never a password', () => {
    const copy = parsed(htmlSnapshot(page(), REQUEST, read).html);
    expect(copy.getElementById('name')!.getAttribute('value')).toBe('typed text');
    expect(copy.getElementById('secret')!.hasAttribute('value')).toBe(false);
    expect(copy.body.innerHTML).not.toContain('hunter2');
    expect(copy.getElementById('tick')!.hasAttribute('checked')).toBe(true);
    expect(copy.getElementById('note')!.textContent).toBe('a note');
    expect([...copy.querySelectorAll('#choice option')].map((option) => option.hasAttribute('selected'))).toEqual([false, true]);
  });

  it('does not change the page it copies', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    htmlSnapshot(doc, REQUEST, read);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('ImageBudget', () => {
  const image = { localName: 'img', complete: true, naturalWidth: 4 } as unknown as Drawable;
  it('stops at the size of one image, the total, and the time limit', () => {
    let clock = 0;
    const budget = new ImageBudget(
      () => `data:image/png;base64,${'A'.repeat(70)}`,
      { perImage: 100, total: 250 },
      10,
      () => clock,
    );
    expect('dataUrl' in budget.take(image)).toBe(true);
    expect('dataUrl' in budget.take(image)).toBe(true);
    expect(budget.take(image)).toEqual({ reason: 'too large' });
    clock = 10;
    expect(budget.take(image)).toEqual({ reason: 'out of time' });
    expect([budget.inlined, budget.outOfTime]).toEqual([2, true]);
    const tooBig = new ImageBudget(
      () => `data:image/png;base64,${'A'.repeat(200)}`,
      { perImage: 100, total: 1_000 },
      10,
      () => 0,
    );
    expect(tooBig.take(image)).toEqual({ reason: 'too large' });
  });
});

describe('absoluteCssUrls', () => {
  it('resolves a sheet’s relative addresses against the sheet, leaving data: and #fragments', () => {
    const css = 'a { background: url("img/bg.png"); } b { mask: url(#m); } i { src: url(data:font/woff2;base64,AA) } u { background: url(\'../x.svg\') }';
    expect(absoluteCssUrls(css, 'https://cdn.example/css/site.css')).toBe(
      'a { background: url("https://cdn.example/css/img/bg.png"); } b { mask: url(#m); } i { src: url(data:font/woff2;base64,AA) } u { background: url("https://cdn.example/x.svg") }',
    );
  });
});
