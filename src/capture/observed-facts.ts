import { CLAIM_LIMITS, clipText } from '../content/limit-claims';
import type { ClippedField, ContextTarget, ObservedFacts } from '../shared/types';

/**
 * Chromium caps tab titles at 4,096 characters (content::kMaxTitleChars); other browsers may not,
 * and the page sets the title, so it is capped here too.
 */
const MAX_TAB_TITLE = 4_096;

export interface ObservedInputs {
  tab: { url: string; title?: string; width?: number; height?: number; incognito?: boolean };
  window: { width?: number; height?: number } | null;
  now: Date;
  timeZone: string;
  /** Minutes east of UTC at `now`. */
  utcOffsetMinutes: number;
  screenshot: { width: number; height: number } | null;
  browser: { name: string; version: string };
  extensionVersion: string;
  contextTarget?: ContextTarget | undefined;
}

/** Assembles what the browser itself observed; every input comes from an extension API or clock. */
export function buildObservedFacts(input: ObservedInputs): ObservedFacts {
  const { tab, window, screenshot } = input;
  const viewport = tab.width && tab.height ? { width: tab.width, height: tab.height } : null;
  const clipped: ClippedField[] = [];
  const tabTitle = clipNoted(tab.title ?? '', 'tabTitle', MAX_TAB_TITLE, clipped);
  const contextTarget = input.contextTarget && compact(clipContextTarget(input.contextTarget, clipped));
  return {
    tabUrl: tab.url,
    tabTitle,
    capturedAt: input.now.toISOString(),
    capturedAtLocal: formatLocalIso(input.now, input.utcOffsetMinutes),
    utcOffsetMinutes: input.utcOffsetMinutes,
    timeZone: input.timeZone,
    window: window?.width && window.height ? { width: window.width, height: window.height } : null,
    viewport,
    devicePixelRatio: viewport && screenshot ? round(screenshot.width / viewport.width, 3) : null,
    browser: input.browser,
    extensionVersion: input.extensionVersion,
    incognito: tab.incognito ?? false,
    ...(contextTarget ? { contextTarget } : {}),
    ...(clipped.length ? { clipped } : {}),
  };
}

/**
 * What the browser reports was right-clicked is still made by the page: a media address can be a
 * data: URL megabytes long, a selection a whole book. The tab's own address is never clipped.
 */
function clipContextTarget(target: ContextTarget, clipped: ClippedField[]): ContextTarget {
  const result: ContextTarget = { ...target };
  for (const key of ['srcUrl', 'linkUrl', 'frameUrl', 'pageUrl'] as const) {
    const value = target[key];
    if (value !== undefined) result[key] = clipNoted(value, `contextTarget.${key}`, CLAIM_LIMITS.url, clipped);
  }
  if (target.selectionText !== undefined) {
    result.selectionText = clipNoted(target.selectionText, 'contextTarget.selectionText', CLAIM_LIMITS.text, clipped);
  }
  return result;
}

function clipNoted(value: string, field: string, max: number, clipped: ClippedField[]): string {
  const kept = clipText(value, max);
  if (kept !== value) clipped.push({ field, length: value.length });
  return kept;
}

/** ISO-8601 local time with its offset, e.g. 2026-11-24T11:00:00.000+01:00. */
export function formatLocalIso(instant: Date, utcOffsetMinutes: number): string {
  const shifted = new Date(instant.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, -1);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  return `${shifted}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Width and height from a PNG's IHDR chunk, without decoding the image. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function compact(target: ContextTarget): ContextTarget | undefined {
  const entries = Object.entries(target).filter(([, value]) => value !== undefined && value !== '');
  return entries.length ? (Object.fromEntries(entries) as ContextTarget) : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
