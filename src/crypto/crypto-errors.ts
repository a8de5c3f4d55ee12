import { UserFacingError } from '../shared/errors';

/*
 * These keep the name 'UserFacingError' (inherited) on purpose: src/shared/errors.ts rebuilds only
 * that name across the message boundary, so the popup still gets `.code` and the plain sentence.
 */

export class WrongPassphraseError extends UserFacingError {
  constructor() {
    super('That passphrase is not the one that locks this evidence. Check it and try again.', 'wrong-passphrase');
  }
}

/** Covers tampering, a swapped record and the wrong key alike: WebCrypto cannot tell them apart. */
export class EnvelopeOpenError extends UserFacingError {
  constructor(what: string) {
    super(`${what} could not be decrypted: it was changed, moved from another record, or locked with another key.`, 'envelope-open-failed');
  }
}

export class WeakKdfError extends UserFacingError {
  constructor(iterations: number, minimum: number) {
    super(`Refusing to protect the key with ${iterations} PBKDF2 iterations; at least ${minimum} are required.`, 'weak-kdf');
  }
}
