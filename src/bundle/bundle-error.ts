/** An export that cannot go on; the message is meant for the person, as written. */
export class BundleError extends Error {
  override name = 'BundleError';
}
