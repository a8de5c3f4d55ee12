import { parseBundleForImport, type ImportedCase } from '../bundle';
import { earlierImports, writeImportedCase } from '../db/import-case';
import { database } from '../db/schema';

/** Verifies the whole bundle before anything is written; a refused bundle leaves the store untouched. */
export async function importBundle(file: File): Promise<ImportedCase> {
  const db = database();
  // The File itself: read at offsets as needed, so a bundle of any size is never held whole.
  const imported = await parseBundleForImport(file, {
    bundleName: file.name,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    earlierImports: await earlierImports(db),
  });
  await writeImportedCase(db, imported);
  return imported;
}
