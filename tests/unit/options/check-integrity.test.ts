import { describe, expect, it } from 'vitest';
import { checkIntegrity, integrityFailures } from '../../../src/capture/check-integrity';
import { sha256Bytes } from '../../../src/shared/hash';
import { completeFixture } from '../bundle/complete-fixture';

describe('"Check fingerprints now" on a complete capture', () => {
  it('recomputes the hash of every stored file, tiles, archive, media and conversation included', async () => {
    const fixture = completeFixture();
    const [first, capture] = fixture.captures;
    const read: string[] = [];
    const report = await checkIntegrity(
      capture!,
      first,
      async (id) => {
        read.push(id);
        return fixture.artifacts.get(id)!;
      },
      sha256Bytes,
    );
    expect(read).toEqual(capture!.artifacts.map((artifact) => artifact.id));
    expect(integrityFailures(report)).toEqual([]);
  });

  it('names each file that was changed or is missing, and reads nothing that was never stored', async () => {
    const fixture = completeFixture();
    const [first, capture] = fixture.captures;
    const changed = fixture.artifacts.get('tile-1')!.slice();
    changed[9] = (changed[9] ?? 0) ^ 1;
    const report = await checkIntegrity(
      capture!,
      first,
      async (id) => {
        if (id === 'video') throw new Error('This capture’s file video is missing from the store.');
        return id === 'tile-1' ? changed : fixture.artifacts.get(id)!;
      },
      sha256Bytes,
    );
    expect(integrityFailures(report)).toEqual(['tile 1.png', 'video (it could not be read)']);

    const under18 = completeFixture({ under18: true });
    const ids: string[] = [];
    const readOne = async (id: string) => {
      ids.push(id);
      return under18.artifacts.get(id)!;
    };
    await checkIntegrity(under18.captures[1]!, under18.captures[0], readOne, sha256Bytes);
    expect(ids).toEqual(['thread']);
  });
});
