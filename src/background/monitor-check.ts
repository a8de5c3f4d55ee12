import browser from 'webextension-polyfill';
import { openAll, openIfSealed } from '../db/open-rows';
import { capturesOfCase } from '../db/queries';
import { database, type PreserveDatabase } from '../db/schema';
import { addTrackerEvent } from '../db/takedown-writes';
import { isUnlocked, recipient } from '../db/vault';
import { monitorsOf } from '../db/workspace-queries';
import { languageOf } from '../locales';
import { sha256Bytes } from '../shared/hash';
import { uiLanguage } from '../shared/i18n';
import type { LinkCheckRecord, MonitorRecord } from '../shared/matching-types';
import { incidentFromLinkCheck, trackerEventFromLinkCheck } from '../takedowns/link-incident';
import { type PageReading, readResponse } from '../takedowns/link-reading';
import { nextLinkState, originsToAsk, watchableUrls } from '../takedowns/link-state';
import { fetchPlain } from './monitor-fetch';
import { recordCheck, saveMonitors } from './monitor-store';
import { createPacer, paceMs } from './monitor-pacing';

export const MONITOR_ALARM = 'preserve-link-checks';
/** The alarm only looks for due cases; each case's own interval decides when its links are checked. */
const ALARM_MINUTES = 30;

const pacer = createPacer(paceMs);
const running = new Map<string, Promise<LinkCheckRecord[]>>();

interface MonitorSettings {
  enabled: boolean;
  everyHours: number;
}

/**
 * The case's monitors, with a row added for each captured address not watched yet. With
 * `settings` (the person's choice), every row takes them; without, new rows follow the case's.
 */
export async function syncMonitors(db: PreserveDatabase, caseId: string, settings?: MonitorSettings): Promise<MonitorRecord[]> {
  const [existing, captures] = await Promise.all([monitorsOf(caseId), capturesOfCase(caseId)]);
  const current = settings ?? { enabled: existing.some((monitor) => monitor.enabled), everyHours: existing[0]?.everyHours ?? 24 };
  const changed: MonitorRecord[] = settings
    ? existing.filter((m) => m.enabled !== settings.enabled || m.everyHours !== settings.everyHours).map((m) => ({ ...m, ...settings }))
    : [];
  const watched = new Set(existing.map((monitor) => monitor.url));
  if (current.enabled) {
    const addedAt = new Date().toISOString();
    for (const { url, captureId } of watchableUrls(captures)) {
      if (!watched.has(url)) changed.push({ id: crypto.randomUUID(), caseId, url, captureId, addedAt, ...current });
    }
  }
  if (changed.length) await saveMonitors(db, changed);
  const byId = new Map([...existing, ...changed].map((monitor) => [monitor.id, monitor]));
  return [...byId.values()];
}

/** Checks the case's watched links (only the due ones for a scheduled run); a second call joins the run under way. */
export function checkCase(caseId: string, onlyDue: boolean): Promise<LinkCheckRecord[]> {
  const under = running.get(caseId);
  if (under !== undefined) return under;
  const run = runCase(caseId, onlyDue).finally(() => running.delete(caseId));
  running.set(caseId, run);
  return run;
}

async function runCase(caseId: string, onlyDue: boolean): Promise<LinkCheckRecord[]> {
  const db = database();
  const now = Date.now();
  const monitors = (await syncMonitors(db, caseId)).filter((monitor) => monitor.enabled && (!onlyDue || isDue(monitor, now)));
  const checks = await Promise.all(monitors.map((monitor) => pacer.run(hostOf(monitor.url), () => checkOne(db, monitor.id))));
  return checks.filter((check): check is LinkCheckRecord => check !== null);
}

function isDue(monitor: MonitorRecord, now: number): boolean {
  if (!monitor.lastCheckedAt) return true;
  return now - Date.parse(monitor.lastCheckedAt) >= monitor.everyHours * 3_600_000;
}

/** One request for one link; a failure waits for the next scheduled run, never a retry here. */
async function checkOne(db: PreserveDatabase, monitorId: string): Promise<LinkCheckRecord | null> {
  // Read again at its turn: watching may have been turned off while it waited.
  const monitor = await openIfSealed('monitors', await db.monitors.get(monitorId));
  if (!monitor?.enabled) return null;
  let reading: PageReading = { availability: 'unreachable', reason: 'no-access' };
  let found: Pick<LinkCheckRecord, 'bodySha256' | 'fingerprint' | 'finalUrl'> = {};
  if (await hasAccess(monitor.url)) {
    const result = await fetchPlain(monitor.url);
    if (!result.ok) reading = { availability: 'unreachable', reason: result.reason };
    else {
      reading = readResponse(monitor.url, result.response);
      const bodySha256 = await sha256Bytes(result.bytes);
      const fingerprint =
        reading.availability !== 'available' ? undefined : reading.extract ? await sha256Bytes(new TextEncoder().encode(reading.extract)) : bodySha256;
      found = { bodySha256, ...(fingerprint && { fingerprint }), ...(result.response.finalUrl !== monitor.url && { finalUrl: result.response.finalUrl }) };
    }
  }
  const verdict = nextLinkState(reading, found.fingerprint, monitor.memory ?? { removed: false, seenUp: false });
  const checkedAt = new Date().toISOString();
  const check: LinkCheckRecord = {
    id: crypto.randomUUID(),
    caseId: monitor.caseId,
    monitorId: monitor.id,
    url: monitor.url,
    checkedAt,
    state: verdict.state,
    reason: verdict.reason,
    ...(reading.httpStatus !== undefined && { httpStatus: reading.httpStatus }),
    ...found,
  };
  const language = languageOf(uiLanguage());
  // The tracker's own writer, as "Record a change" uses it: one dated event, never a rewrite.
  if (verdict.transition) await addTrackerEvent(trackerEventFromLinkCheck(check, verdict.transition, language, crypto.randomUUID()), db);
  const incident = verdict.transition ? incidentFromLinkCheck(monitor, check, verdict.transition, language, crypto.randomUUID()) : null;
  await recordCheck(db, check, { ...monitor, lastCheckedAt: checkedAt, lastState: verdict.state, memory: verdict.memory }, incident);
  return check;
}

async function hasAccess(url: string): Promise<boolean> {
  const origins = originsToAsk([url]);
  if (!origins.length) return false;
  return browser.permissions.contains({ origins }).catch(() => false);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The alarm's run: every case with a due link. While Preserve is locked the addresses are sealed, so it waits. */
export async function runDueChecks(): Promise<void> {
  const db = database();
  if ((await recipient(db)) && !(await isUnlocked(db))) return;
  const monitors = await openAll('monitors', await db.monitors.toArray());
  if (!monitors.some((monitor) => monitor.enabled)) {
    await browser.alarms.clear(MONITOR_ALARM);
    return;
  }
  const now = Date.now();
  const due = new Set(monitors.filter((monitor) => monitor.enabled && isDue(monitor, now)).map((monitor) => monitor.caseId));
  await Promise.all([...due].map((caseId) => checkCase(caseId, true).catch(() => [])));
}

/** Keeps the one alarm while any case is watched. */
export async function scheduleChecks(anyEnabled: boolean): Promise<void> {
  if (!anyEnabled) {
    await browser.alarms.clear(MONITOR_ALARM);
    return;
  }
  if (!(await browser.alarms.get(MONITOR_ALARM))) await browser.alarms.create(MONITOR_ALARM, { periodInMinutes: ALARM_MINUTES, delayInMinutes: 1 });
}
