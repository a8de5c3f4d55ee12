import type { FillKey, FillReport } from '../../shared/takedown-types';

const KEY_NAMES: Record<FillKey, string> = {
  contentUrl: 'Link to the content',
  description: 'Description',
  legalName: 'Name',
  email: 'Email',
  address: 'Address',
  phone: 'Phone',
  signature: 'Signature',
  date: 'Date',
  relationship: 'Relationship to the content',
};

// Every rule !important: inside a shadow root that is what wins over the page's own styles.
const STYLE = `
:host { all: initial !important; position: fixed !important; right: 16px !important; bottom: 16px !important;
  z-index: 2147483647 !important; display: block !important; }
.panel { font: 14px/1.4 system-ui, sans-serif; color: #1f2933; background: #fff; border: 1px solid #c5ccd3;
  border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.18); width: 340px; max-height: 70vh; overflow: auto; padding: 14px; }
h2 { font-size: 15px; margin: 0 0 4px; }
p { margin: 0 0 10px; color: #52606d; }
h3 { font-size: 13px; margin: 10px 0 4px; color: #3e4c59; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; gap: 8px; align-items: flex-start; padding: 4px 0; border-top: 1px solid #eef1f4; }
.text { flex: 1; min-width: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
.name { display: block; font-size: 12px; color: #616e7c; }
button { font: inherit; font-size: 13px; padding: 3px 10px; border-radius: 6px; border: 1px solid #9aa5b1; background: #f5f7fa; cursor: pointer; }
.close { margin-top: 10px; }
`;

export interface FillPanel {
  update(report: FillReport): void;
  close(): void;
}

/**
 * The list of values beside the form, each with a copy button, values that found no field
 * first. It lives in a closed shadow root made from the extension's isolated world, so no page
 * script can read it, and closing it removes it: nothing else is left in the page.
 */
export function showFillPanel(doc: Document, onClose: () => void): FillPanel {
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const panel = doc.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Preserve: values for this form');
  shadow.append(style, panel);
  doc.documentElement.append(host);

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const created = doc.createElement(tag);
    if (text !== undefined) created.textContent = text;
    if (className) created.className = className;
    return created;
  };

  const copyButton = (value: string) => {
    const button = element('button', 'Copy');
    button.type = 'button';
    button.addEventListener('click', () => {
      void copy(doc, shadow, value).then((done) => {
        button.textContent = done ? 'Copied' : 'Select and copy';
      });
    });
    return button;
  };

  const list = (title: string, rows: Array<{ key: FillKey; value: string; label?: string }>) => {
    if (rows.length === 0) return [];
    const items = element('ul');
    for (const row of rows) {
      const item = element('li');
      const text = element('span', undefined, 'text');
      text.append(element('span', row.label ? `${KEY_NAMES[row.key]} — “${row.label}”` : KEY_NAMES[row.key], 'name'), doc.createTextNode(row.value));
      item.append(text, copyButton(row.value));
      items.append(item);
    }
    return [element('h3', title), items];
  };

  const close = () => {
    host.remove();
    onClose();
  };

  return {
    update(report) {
      const closeButton = element('button', 'Close', 'close');
      closeButton.type = 'button';
      closeButton.addEventListener('click', close);
      panel.replaceChildren(
        element('h2', 'Preserve filled in what it could'),
        element('p', 'Please check every field before you send. Preserve never sends a form for you.'),
        ...list('Not filled in — copy these where they belong', report.unfilled),
        ...list('Filled in', report.filled),
        closeButton,
      );
    },
    close,
  };
}

/** The clipboard API first; a selection copy inside the closed root if the page's policy blocks it. */
async function copy(doc: Document, shadow: ShadowRoot, value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = value;
    shadow.append(area);
    area.select();
    const done = doc.execCommand('copy');
    area.remove();
    return done;
  }
}
