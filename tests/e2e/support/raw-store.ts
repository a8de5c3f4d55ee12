import type { Page } from 'puppeteer-core';

/**
 * Every record of every object store in Preserve's IndexedDB, read with the raw browser API (not
 * Preserve's code) and flattened to one latin1 string per store: typed arrays and Blob bytes are
 * spelled out byte for byte, so a search finds plaintext wherever it hides.
 */
export async function rawStoreText(extensionPage: Page): Promise<Record<string, string>> {
  await extensionPage.evaluate('globalThis.__name ??= (fn) => fn');
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('preserve');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const latin1 = (bytes: Uint8Array) => {
      let out = '';
      for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return out;
    };
    const flatten = async (value: unknown): Promise<string> => {
      if (value instanceof Blob) return latin1(new Uint8Array(await value.arrayBuffer()));
      if (value instanceof ArrayBuffer) return latin1(new Uint8Array(value));
      if (ArrayBuffer.isView(value)) return latin1(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      if (Array.isArray(value)) return (await Promise.all(value.map(flatten))).join('|');
      if (value && typeof value === 'object') {
        const parts = await Promise.all(Object.entries(value).map(async ([key, inner]) => `${key}=${await flatten(inner)}`));
        return `{${parts.join(',')}}`;
      }
      return String(value);
    };
    const result: Record<string, string> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((done, fail) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      result[name] = (await Promise.all(rows.map(flatten))).join('\n');
    }
    db.close();
    return result;
  });
}

/** How many records one object store holds, read with the raw browser API. */
export async function rawCount(extensionPage: Page, store: string): Promise<number> {
  return extensionPage.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('preserve');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const count = await new Promise<number>((done, fail) => {
      const request = db.transaction(name).objectStore(name).count();
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return count;
  }, store);
}
