import type { StoredKeyring } from '../crypto/keyring';
import { equalBytes } from '../crypto/bytes';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { PreserveDatabase } from './schema';
import { KEYRING_ID } from './vault';

export class AlreadyEncryptedError extends UserFacingError {
  constructor() {
    super(t('errors_already_encrypted'), 'already-encrypted');
  }
}

/**
 * Stores the first keyring and marks the migration as started, in one transaction. `add`, never
 * `put`: a second keyring would silently orphan every row already sealed to the first, so an
 * existing one makes this fail instead, whoever got there first.
 */
export async function addKeyring(db: PreserveDatabase, record: StoredKeyring): Promise<void> {
  try {
    await db.transaction('rw', db.keys, db.settings, async () => {
      await db.keys.add({ ...record, id: KEYRING_ID });
      await db.settings.put({ key: 'encryptionState', value: 'migrating' });
    });
  } catch (error) {
    if ((error as Error).name === 'ConstraintError') throw new AlreadyEncryptedError();
    throw error;
  }
}

/**
 * Swaps in a re-wrapped keyring only if the stored one is still the one it was derived from
 * and the key itself (kid) is unchanged: a passphrase change may re-wrap the key, never replace it.
 */
export async function replaceKeyring(db: PreserveDatabase, expected: StoredKeyring, next: StoredKeyring): Promise<void> {
  if (next.kid !== expected.kid) throw new Error('A passphrase change must keep the same key.');
  await db.transaction('rw', db.keys, async () => {
    const current = await db.keys.get(KEYRING_ID);
    if (current?.id !== KEYRING_ID || current.kid !== expected.kid || !equalBytes(current.check, expected.check)) {
      throw new UserFacingError(t('errors_keyring_changed'), 'keyring-changed');
    }
    await db.keys.put({ ...next, id: KEYRING_ID });
  });
}
