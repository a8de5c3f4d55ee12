import { describe, expect, it } from 'vitest';
import { planEncryption } from '../../../src/crypto/migrate-plan';

describe('planEncryption', () => {
  it('seals identifying text first and artifacts last, in sorted batches', () => {
    const plan = [...planEncryption({ artifacts: ['a3', 'a1', 'a2'], captures: ['c2', 'c1'], notes: [] }, { artifacts: 2 })];
    expect(plan).toEqual([
      { table: 'captures', keys: ['c1', 'c2'] },
      { table: 'artifacts', keys: ['a1', 'a2'] },
      { table: 'artifacts', keys: ['a3'] },
    ]);
  });

  it('plans nothing when nothing is left, and never a batch of zero', () => {
    expect([...planEncryption({})]).toEqual([]);
    expect([...planEncryption({ notes: ['n1', 'n2'] }, { notes: 0 })]).toEqual([
      { table: 'notes', keys: ['n1'] },
      { table: 'notes', keys: ['n2'] },
    ]);
  });

  it('uses small default batches for artifacts', () => {
    const keys = Array.from({ length: 9 }, (_, i) => `a${i}`);
    expect([...planEncryption({ artifacts: keys })].map((b) => b.keys.length)).toEqual([4, 4, 1]);
  });
});
