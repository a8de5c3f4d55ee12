import { parseBundleForImport, type ImportedCase } from '../bundle';
import { importedBundleHashes, writeImportedCase } from '../db/import-case';
import { database } from '../db/schema';

/** Verifies the whole bundle before anything is written; a refused bundle leaves the store untouched. */
export async function importBundle(file: File): Promise<ImportedCase> {
  const db = database();
  const imported = await parseBundleForImport(new Uint8Array(await file.arrayBuffer()), {
    bundleName: file.name,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    importedBundleHashes: await importedBundleHashes(db),
  });
  await writeImportedCase(db, imported);
  return imported;
}
