import type { EarlierImport, ImportedCase } from '../bundle';
import { sealArtifact } from './artifact-store';
import { openAll, sealIfEncrypted } from './open-rows';
import type { ArtifactRow, PreserveDatabase } from './schema';

/**
 * Bundles already imported, with their identity (signed manifest, case, chain), so the same
 * bundle does not become two cases whatever its zip bytes. Read from the opened case rows (the
 * identity is sealed with the rest of the case when encryption is on), so no index is needed:
 * a person has a handful of cases, not thousands.
 */
export async function earlierImports(db: PreserveDatabase): Promise<EarlierImport[]> {
  const cases = await openAll('cases', await db.cases.toArray());
  return cases.flatMap((record) => (record.imported ? [record.imported] : []));
}

/**
 * Writes a verified bundle as a new case in one transaction: all of it or nothing. An import
 * starts its own case and chain, so it never races the capture path's chain.
 */
export async function writeImportedCase(db: PreserveDatabase, imported: ImportedCase): Promise<void> {
  const rows: ArtifactRow[] = [];
  for (const capture of imported.captures) {
    for (const artifact of capture.artifacts) {
      rows.push(await sealArtifact(artifact.id, capture.id, imported.artifacts.get(artifact.id)!, artifact.mediaType, db));
    }
  }
  // Sealed first (to this install's key when encryption is on), then written in one transaction.
  const caseRow = await sealIfEncrypted(db, 'cases', imported.caseRecord);
  const captures = await Promise.all(imported.captures.map((capture) => sealIfEncrypted(db, 'captures', capture)));
  const incidents = await Promise.all(imported.incidents.map((incident) => sealIfEncrypted(db, 'incidents', incident)));
  const notes = await Promise.all(imported.notes.map((note) => sealIfEncrypted(db, 'notes', note)));
  const requests = await Promise.all(imported.requests.map((request) => sealIfEncrypted(db, 'requests', request)));
  const trackerEvents = await Promise.all(imported.trackerEvents.map((event) => sealIfEncrypted(db, 'trackerEvents', event)));
  const letters = await Promise.all(imported.letters.map((letter) => sealIfEncrypted(db, 'letters', letter)));
  const people = await Promise.all(imported.people.map((person) => sealIfEncrypted(db, 'people', person)));
  const { workspace } = imported;
  const planSteps = await Promise.all(workspace.planSteps.map((row) => sealIfEncrypted(db, 'planSteps', row)));
  const assessments = await Promise.all(workspace.assessments.map((row) => sealIfEncrypted(db, 'assessments', row)));
  const caseEvents = await Promise.all(workspace.caseEvents.map((row) => sealIfEncrypted(db, 'caseEvents', row)));
  const monitors = await Promise.all(workspace.monitors.map((row) => sealIfEncrypted(db, 'monitors', row)));
  const linkChecks = await Promise.all(workspace.linkChecks.map((row) => sealIfEncrypted(db, 'linkChecks', row)));
  const tables = [
    ...[db.cases, db.captures, db.artifacts, db.incidents, db.notes, db.requests, db.trackerEvents, db.letters, db.people],
    ...[db.planSteps, db.assessments, db.caseEvents, db.monitors, db.linkChecks],
  ];
  await db.transaction('rw', tables, async () => {
    await db.cases.add(caseRow);
    await db.captures.bulkAdd(captures);
    await db.artifacts.bulkAdd(rows);
    await db.incidents.bulkAdd(incidents);
    await db.notes.bulkAdd(notes);
    await db.requests.bulkAdd(requests);
    await db.trackerEvents.bulkAdd(trackerEvents);
    await db.letters.bulkAdd(letters);
    await db.people.bulkAdd(people);
    await db.planSteps.bulkAdd(planSteps);
    await db.assessments.bulkAdd(assessments);
    await db.caseEvents.bulkAdd(caseEvents);
    await db.monitors.bulkAdd(monitors);
    await db.linkChecks.bulkAdd(linkChecks);
  });
}
