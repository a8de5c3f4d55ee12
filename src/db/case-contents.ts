import { movesOfCase } from './capture-moves';
import type { PreserveDatabase } from './schema';

/** What deleting a case would remove, counted for the warning the person reads first. */
export interface CaseContents {
  captures: number;
  notes: number;
  incidents: number;
  requests: number;
  letters: number;
  people: number;
}

/** Counts on clear indexes, so nothing sealed is opened but the case's few move events. */
export async function caseContents(db: PreserveDatabase, caseId: string): Promise<CaseContents> {
  const count = (table: 'notes' | 'incidents' | 'requests' | 'letters' | 'people') => db[table].where('caseId').equals(caseId).count();
  const [moves, own, notes, incidents, requests, letters, people] = await Promise.all([
    movesOfCase(db, caseId),
    db.captures.where('caseId').equals(caseId).primaryKeys(),
    count('notes'),
    count('incidents'),
    count('requests'),
    count('letters'),
    count('people'),
  ]);
  const captures = new Set([...own.filter((id) => !moves.movedOut.has(id)), ...moves.movedIn]).size;
  return { captures, notes, incidents, requests, letters, people };
}
