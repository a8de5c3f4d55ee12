import { containsBytes, MARKER, PNG_SIGNATURE, rawBytesOf } from './fixtures';

/** Reads every record of a database with the bare IndexedDB API: no Dexie, nothing of Preserve's. */
export async function readRawRecords(name: string): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const records: unknown[] = [];
  for (const storeName of Array.from(db.objectStoreNames)) {
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(storeName).objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    records.push(...all);
  }
  db.close();
  return records;
}

/** Which of the given plaintexts (plus the marker and the PNG signature) any stored byte contains. */
export async function plaintextFound(name: string, extra: string[] = []): Promise<string[]> {
  const needles = new Map<string, Uint8Array>([
    [MARKER, new TextEncoder().encode(MARKER)],
    ['PNG signature', PNG_SIGNATURE],
  ]);
  for (const text of extra) needles.set(text, new TextEncoder().encode(text));
  const found = new Set<string>();
  for (const part of await rawBytesOf(await readRawRecords(name))) {
    for (const [label, needle] of needles) if (containsBytes(part, needle)) found.add(label);
  }
  return [...found];
}
