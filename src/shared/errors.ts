/**
 * Errors that are meant for the person using Preserve: their message is plain words and can be
 * shown as it is. Any other error is reported with a generic sentence plus its text.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface SerializedError {
  name: string;
  message: string;
  code?: string;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof UserFacingError) return { name: error.name, message: error.message, code: error.code };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** Rebuilds an error on the caller's side of a message so `instanceof` and `.code` still work. */
export function deserializeError(serialized: SerializedError): Error {
  if (serialized.name === 'UserFacingError') return new UserFacingError(serialized.message, serialized.code ?? 'unknown');
  const error = new Error(serialized.message);
  error.name = serialized.name;
  return error;
}
