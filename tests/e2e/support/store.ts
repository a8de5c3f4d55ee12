import type { Page } from 'puppeteer-core';
import type { CaptureRecord, CaseRecord } from '../../../src/shared/types';

export interface StoreDump {
  cases: CaseRecord[];
  captures: CaptureRecord[];
  /** Artifact id → bytes. */
  artifacts: Map<string, Buffer>;
  artifactCaptureIds: Map<string, string>;
}

/**
 * Reads Preserve's IndexedDB with the raw browser API from an extension page (not through
 * Preserve's own code), so the test sees what is really stored.
 */
export async function dumpStore(extensionPage: Page): Promise<StoreDump> {
  // tsx (used by npm start and the bench) wraps named functions in an esbuild `__name` helper
  // that does not exist in the page the function is sent to.
  await extensionPage.evaluate('globalThis.__name ??= (fn) => fn');
  const raw = await extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('preserve');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((done, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
    const toBase64 = async (blob: Blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    };
    const artifacts = (await all('artifacts')) as { id: string; captureId: string; data: Blob }[];
    const result = {
      cases: await all('cases'),
      captures: await all('captures'),
      artifacts: await Promise.all(artifacts.map(async (row) => ({ id: row.id, captureId: row.captureId, base64: await toBase64(row.data) }))),
    };
    db.close();
    return result;
  });
  return {
    cases: raw.cases as CaseRecord[],
    captures: (raw.captures as CaptureRecord[]).sort((a, b) => a.observed.capturedAt.localeCompare(b.observed.capturedAt)),
    artifacts: new Map(raw.artifacts.map((row) => [row.id, Buffer.from(row.base64, 'base64')])),
    artifactCaptureIds: new Map(raw.artifacts.map((row) => [row.id, row.captureId])),
  };
}

/** Every row of one object store, read with the raw browser API (rows of sealed tables stay sealed). */
export async function readRows<T>(extensionPage: Page, storeName: string): Promise<T[]> {
  await extensionPage.evaluate('globalThis.__name ??= (fn) => fn');
  return extensionPage.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('preserve');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const rows = await new Promise<unknown[]>((done, fail) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return rows;
  }, storeName) as Promise<T[]>;
}

/** The capture records alone, oldest first: no artifact bytes, so polling stays cheap however big they are. */
export async function readCaptures(extensionPage: Page): Promise<CaptureRecord[]> {
  const captures = await readRows<CaptureRecord>(extensionPage, 'captures');
  return captures.sort((a, b) => a.observed.capturedAt.localeCompare(b.observed.capturedAt));
}
