// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactsFromDocument, contactsFromSecurityTxt } from '../../../src/content/find-contacts';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

describe('contactsFromDocument', () => {
  it('finds report, abuse, DMCA and contact links by their text or address, and mailto: addresses, abuse@ first', () => {
    const doc = page(`
      <a href="/about">About us</a>
      <a href="/report-abuse">Report abuse</a>
      <a href="https://pics.example/legal/dmca">Legal</a>
      <a href="/help">Contact</a>
      <a href="mailto:hello@pics.example">hello@pics.example</a>
      <a href="mailto:abuse@pics.example?subject=x">write to us</a>
      <a href="javascript:alert(1)">Report</a>
      <a href="/report-abuse">Report abuse again</a>`);
    expect(contactsFromDocument(doc, 'https://pics.example/p/1')).toEqual([
      { source: 'mailto', label: 'abuse@pics.example', email: 'abuse@pics.example' },
      { source: 'link', label: 'Report abuse', url: 'https://pics.example/report-abuse' },
      { source: 'link', label: 'Legal', url: 'https://pics.example/legal/dmca' },
      { source: 'link', label: 'Contact', url: 'https://pics.example/help' },
      { source: 'mailto', label: 'hello@pics.example', email: 'hello@pics.example' },
    ]);
  });

  it('finds nothing on a page without such links, and clips long link text', () => {
    expect(contactsFromDocument(page('<a href="/a">Home</a><a href="mailto:not-an-address">x</a>'), 'https://pics.example/')).toEqual([]);
    const [long] = contactsFromDocument(page(`<a href="/report">Report ${'x'.repeat(500)}</a>`), 'https://pics.example/');
    expect(long!.label.length).toBe(120);
  });
});

describe('contactsFromSecurityTxt', () => {
  it('reads the Contact: lines, mailto: and https: only', () => {
    const text = [
      '# Our security policy',
      'Contact: mailto:security@pics.example',
      'contact: https://pics.example/security',
      'Contact: http://pics.example/insecure',
      'Contact: tel:+1-201-555-0123',
      'Expires: 2030-01-01T00:00:00.000Z',
      'Policy: https://pics.example/policy',
    ].join('\r\n');
    expect(contactsFromSecurityTxt(text, 'https://pics.example/')).toEqual([
      { source: 'security.txt', label: 'mailto:security@pics.example', email: 'security@pics.example' },
      { source: 'security.txt', label: 'https://pics.example/security', url: 'https://pics.example/security' },
    ]);
  });

  it('finds nothing in an HTML error page', () => {
    expect(contactsFromSecurityTxt('<html><body>Not found</body></html>', 'https://pics.example/')).toEqual([]);
  });
});
