/**
 * Deflate input is fed in small slices because Chrome's DecompressionStream inflates each written
 * chunk completely before the reader can stop it: one 16 KiB slice of a bomb left 16.9 MB queued
 * in Chromium (deflate's ceiling is ~1,032:1), so a consumer that stops at its limit never holds
 * more than that beyond it. Node's implementation honours backpressure anyway.
 */
const INPUT_SLICE = 16 * 1024;

/**
 * Raw deflate (zip method 8) as a stream of chunks, with the platform's native inflater (Chrome,
 * Firefox, Safari, Node 20): no inflate code of our own to get wrong. Stopping early (a consumer
 * that `break`s or throws) cancels the inflater.
 */
export async function* inflateRaw(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let failed: { error: unknown } | undefined;
  const pump = (async () => {
    for await (const chunk of compressed) {
      for (let at = 0; at < chunk.length; at += INPUT_SLICE) await writer.write(chunk.subarray(at, at + INPUT_SLICE) as Uint8Array<ArrayBuffer>);
    }
    await writer.close();
  })().catch((error: unknown) => {
    // A failed source read must end the reader too; a failed inflate already has.
    failed ??= { error };
    void reader.cancel(error).catch(() => {});
  });
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      yield value;
    }
    await pump;
    finished = true;
  } catch (error) {
    failed ??= { error };
  } finally {
    if (!finished) {
      void reader.cancel().catch(() => {});
      void writer.abort().catch(() => {});
    }
  }
  if (failed) throw failed.error;
}
