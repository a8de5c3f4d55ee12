import { openAll, openIfSealed } from '../db/open-rows';
import { database } from '../db/schema';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { CHECK_INTERVALS } from '../takedowns/link-state';
import { checkCase, scheduleChecks, syncMonitors } from './monitor-check';

/** An imported case is someone else's evidence, shown read-only: its links are not checked from here. */
async function watchableCase(caseId: unknown): Promise<string> {
  if (typeof caseId !== 'string') throw new UserFacingError(t('monitor_error_no_case'), 'no-case');
  const record = await openIfSealed('cases', await database().cases.get(caseId));
  if (!record) throw new UserFacingError(t('monitor_error_no_case'), 'no-case');
  if (record.imported) throw new UserFacingError(t('monitor_read_only'), 'read-only-case');
  return caseId;
}

export const monitorHandlers = {
  /** Turns watching on or off for a case (the page has asked for host access first), and sets how often. */
  'monitor.configure': async ({ caseId, enabled, everyHours }: RequestOf<'monitor.configure'>): Promise<ResponseOf<'monitor.configure'>> => {
    const id = await watchableCase(caseId);
    if (!(CHECK_INTERVALS as readonly number[]).includes(everyHours)) throw new UserFacingError(t('monitor_error_interval'), 'bad-interval');
    const db = database();
    const monitors = await syncMonitors(db, id, { enabled: enabled === true, everyHours });
    const all = await openAll('monitors', await db.monitors.toArray());
    await scheduleChecks(all.some((monitor) => monitor.enabled));
    return { monitors };
  },
  'monitor.checkNow': async ({ caseId }: RequestOf<'monitor.checkNow'>): Promise<ResponseOf<'monitor.checkNow'>> => {
    const id = await watchableCase(caseId);
    const monitors = await syncMonitors(database(), id);
    if (!monitors.some((monitor) => monitor.enabled)) throw new UserFacingError(t('monitor_off_note'), 'not-watching');
    return { checks: await checkCase(id, false) };
  },
};
