import browser from 'webextension-polyfill';
import { openAll, sealIfEncrypted } from '../db/open-rows';
import { KEYRING_ID } from '../db/vault';
import { isSealedRow } from '../crypto/sealed-tables';
import { database } from '../db/schema';
import { readSettings } from '../db/settings';
import { LockedError } from '../db/vault';
import { cleanMyImage } from '../matching/clean-my-image';
import { fromBase64 } from '../shared/base64';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { MyImageRecord } from '../shared/matching-types';
import { keepsImages } from '../shared/settings';
import { assertCapturableUrl } from '../capture/capturable';
import { findOnPage } from './find-on-page';

/** A kept image travels as base64 over the message channel; larger files are kept as hashes only. */
const MAX_KEPT_BYTES = 30 * 1024 * 1024;

export const imageHandlers = {
  'images.add': async ({ image, keep }: RequestOf<'images.add'>): Promise<ResponseOf<'images.add'>> => {
    const cleaned = cleanMyImage(image);
    if (!cleaned) throw new UserFacingError(t('images_error_bad_hashes'), 'bad-image-hashes');
    const db = database();
    // Under-18 mode keeps no image at all, whatever the page asked for.
    const mayKeep = keep !== undefined && keepsImages(await readSettings(db)) && keep.base64.length <= (MAX_KEPT_BYTES * 4) / 3 + 4;
    const record: MyImageRecord = { ...cleaned, id: crypto.randomUUID(), addedAt: new Date().toISOString(), ...(mayKeep && { keptImage: true }) };
    const kept = mayKeep ? { id: record.id, data: new Blob([fromBase64(keep.base64)], { type: keep.mediaType.slice(0, 100) }) } : null;
    // As writeSealed does for one row: a row decided plaintext is never written once a keyring exists.
    for (let attempt = 0; attempt < 2; attempt++) {
      const row = await sealIfEncrypted(db, 'myImages', record);
      const file = kept ? await sealIfEncrypted(db, 'myImageFiles', kept) : null;
      const written = await db.transaction('rw', [db.myImages, db.myImageFiles, db.keys], async () => {
        if ((!isSealedRow(row) || (file && !isSealedRow(file))) && (await db.keys.get(KEYRING_ID))) return false;
        await db.myImages.put(row);
        if (file) await db.myImageFiles.put(file);
        return true;
      });
      if (written) return record;
    }
    throw new Error('Encryption was turned on twice while this image was being saved.');
  },
  'images.delete': async ({ id }: RequestOf<'images.delete'>): Promise<ResponseOf<'images.delete'>> => {
    const db = database();
    await db.transaction('rw', db.myImages, db.myImageFiles, async () => {
      await db.myImages.delete(id);
      await db.myImageFiles.delete(id);
    });
    return { deleted: true };
  },
  'images.findOnPage': async ({ tabId }: RequestOf<'images.findOnPage'>): Promise<ResponseOf<'images.findOnPage'>> => {
    const tab = await browser.tabs.get(tabId);
    assertCapturableUrl(tab.url, { fileAccess: await browser.extension.isAllowedFileSchemeAccess() });
    let images: MyImageRecord[];
    try {
      images = await openAll('myImages', await database().myImages.toArray());
    } catch (error) {
      if (error instanceof LockedError) throw new UserFacingError(t('images_unlock_to_find'), 'locked');
      throw error;
    }
    if (!images.length) return { url: tab.url ?? '', scanned: 0, skipped: 0, lookedFor: 0, matches: [], elapsedMs: 0 };
    return findOnPage(tabId, images);
  },
};
