import type { FillKey, FilledField, FillReport, FillValues } from '../../shared/takedown-types';
import { type Classification, classifyField } from './classify-field';
import { fieldEvidence } from './field-texts';
import { hiddenReason, type Measure, measureBox } from './field-visibility';
import { formHostAllowed } from './form-host';
import { setFieldValue } from './set-field-value';

export interface FillRequest {
  values: FillValues;
  /** The request's form routes: only frames on their hosts are filled (see form-host.ts). */
  formUrls: string[];
}

export interface FillOptions {
  now?: () => number;
  measure?: Measure;
  /** How long to keep watching for fields that appear later (multi-step forms). */
  watchMs?: number;
  onChange?: (report: FillReport) => void;
}

export interface FillSession {
  report(): FillReport;
  stop(): void;
}

type Control = HTMLInputElement | HTMLTextAreaElement;

/** Inputs that take typed text; checkboxes, radios, files and buttons are the person's to use. */
const TEXT_TYPES = new Set(['text', 'email', 'tel', 'url', 'date', '']);
const ONE_VALUE_KEYS: readonly Exclude<FillKey, 'contentUrl'>[] = [
  'legalName',
  'email',
  'phone',
  'address',
  'description',
  'signature',
  'date',
  'relationship',
];
const RESCAN_AFTER_MS = 300;
export const WATCH_MS = 10_000;

/** Same-origin frames (the page's own iframes) with the page itself, found anew on every scan. */
function documentsOf(root: Document, formUrls: readonly string[]): Document[] {
  const found: Document[] = [root];
  for (let index = 0; index < found.length; index++) {
    for (const frame of Array.from(found[index]!.querySelectorAll('iframe, frame'))) {
      let inner: Document | null = null;
      try {
        inner = (frame as HTMLIFrameElement).contentDocument; // null for another origin
      } catch {
        inner = null;
      }
      const href = inner?.location?.href ?? '';
      if (inner && (href.startsWith('about:') || formHostAllowed(href, formUrls))) found.push(inner);
    }
  }
  return found;
}

/**
 * Fills a removal form the way a person would, and keeps watching for fields that appear later.
 * Each field is considered once: a field the person typed in, or changed after Preserve filled
 * it, is never touched again. Nothing is ever submitted.
 */
export function startFill(root: Document, request: FillRequest, options: FillOptions = {}): FillSession {
  const now = options.now ?? (() => performance.now());
  const measure = options.measure ?? measureBox;
  const startedAt = now();
  let lastFillAt = startedAt;
  const urls = request.values.contentUrls.map((url) => url.trim()).filter(Boolean);
  let urlCursor = 0;
  const seen = new WeakSet<Element>();
  const filled: FilledField[] = [];
  const usedKeys = new Set<FillKey>();
  const skipped = new Map<Element, { label: string; reason: string }>();
  const observers = new Map<Document, MutationObserver>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;

  const valueFor = (key: FillKey, control: Control, classification: Extract<Classification, { key: FillKey }>) => {
    if (key === 'contentUrl') {
      const rest = control.localName === 'textarea' ? urls.slice(urlCursor) : urls.slice(urlCursor, urlCursor + 1);
      return rest.length ? { value: rest.join('\n'), take: () => (urlCursor += rest.length) } : null;
    }
    if (usedKeys.has(key) && !(key === 'email' && classification.confirm)) return null;
    const value = request.values[key]?.trim();
    return value ? { value, take: () => usedKeys.add(key) } : null;
  };

  const consider = (control: Control, frame: Document): boolean => {
    if (seen.has(control)) return false;
    if (control.localName === 'input' && !TEXT_TYPES.has((control.getAttribute('type') ?? '').toLowerCase())) return false;
    const hidden = hiddenReason(control, measure);
    if (hidden) {
      // Not marked as seen: the next step of a form may show it.
      skipped.set(control, { label: fieldEvidence(control).texts[0]?.text ?? control.name, reason: hidden });
      return false;
    }
    seen.add(control);
    skipped.delete(control);
    const classification = classifyField(fieldEvidence(control));
    if (classification.key === null) {
      skipped.set(control, { label: classification.label, reason: classification.reason });
      return false;
    }
    const planned = valueFor(classification.key, control, classification);
    if (!planned) {
      skipped.set(control, { label: classification.label, reason: 'nothing to put here for this request' });
      return false;
    }
    if (control.value !== '') {
      // The person's own words stay. A field already holding this very value counts as filled, once.
      if (control.value !== planned.value) {
        skipped.set(control, { label: classification.label, reason: 'already has a value, left as it is' });
        return false;
      }
      if (filled.some((field) => field.key === classification.key && field.value === planned.value)) return false;
    } else {
      setFieldValue(control, planned.value);
    }
    planned.take();
    const field: FilledField = { key: classification.key, label: classification.label, value: planned.value };
    if (frame !== root) field.frameUrl = frame.location.href;
    filled.push(field);
    lastFillAt = now();
    return true;
  };

  const report = (): FillReport => {
    const unfilled: FillReport['unfilled'] = urls.slice(urlCursor).map((value) => ({ key: 'contentUrl', value }));
    for (const key of ONE_VALUE_KEYS) {
      const value = request.values[key]?.trim();
      if (value && !usedKeys.has(key)) unfilled.push({ key, value });
    }
    return {
      host: root.location.hostname,
      filled: filled.map((field) => ({ ...field })),
      unfilled,
      skipped: [...skipped.values()].map((entry) => ({ ...entry })),
      elapsedMs: Math.max(0, lastFillAt - startedAt),
    };
  };

  const scan = () => {
    if (stopped) return;
    let changed = false;
    for (const frame of documentsOf(root, request.formUrls)) {
      watch(frame);
      for (const control of Array.from(frame.querySelectorAll<Control>('input, textarea'))) changed = consider(control, frame) || changed;
    }
    if (changed) options.onChange?.(report());
  };

  const later = (ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      scan();
    }, ms);
    timers.add(timer);
  };
  let pending = false;
  const schedule = () => {
    if (pending || stopped) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      scan();
      // A step that fades in is still transparent when it is added: look again shortly after.
      later(RESCAN_AFTER_MS);
    });
  };

  function watch(frame: Document) {
    if (observers.has(frame)) return;
    const Observer = frame.defaultView?.MutationObserver ?? MutationObserver;
    const observer = new Observer(schedule);
    observer.observe(frame.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden', 'aria-hidden', 'disabled', 'type', 'inert'],
    });
    // An iframe's document arrives with its load event, which does not bubble: listen while capturing.
    frame.addEventListener('load', schedule, true);
    observers.set(frame, observer);
  }

  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const [frame, observer] of observers) {
      observer.disconnect();
      frame.removeEventListener('load', schedule, true);
    }
    for (const timer of timers) clearTimeout(timer);
  };

  scan();
  const deadline = setTimeout(stop, options.watchMs ?? WATCH_MS);
  return {
    report,
    stop() {
      clearTimeout(deadline);
      stop();
    },
  };
}
