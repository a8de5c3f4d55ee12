import { describe, expect, it } from 'vitest';
import { buildBundleBytes, buildBundleFiles } from '../../../src/bundle/build-bundle';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import { sealCapture } from '../../../src/shared/chain';
import type { CaptureRecord, MatchedImage } from '../../../src/shared/types';
import { bundleInput, fakeSigner, makeFixture, realSigner } from './fixtures';

// "Find my images on this page" records which page images matched the person's own (issue #12);
// the report's capture page says so, naming their image only as "one of your images".
const MATCHED: MatchedImage[] = [
  { src: 'https://cdn.example/a.jpg', myImageId: 'mine-0001', distance: 6 },
  { src: 'https://cdn.example/<b>x</b>.jpg', myImageId: 'mine-0002', distance: 24 },
];

function fixtureWithMatches(matchedImages: unknown) {
  const fixture = makeFixture(1);
  const { recordHash: _old, ...unsealed } = fixture.captures[0]!;
  const capture = sealCapture({ ...unsealed, observed: { ...unsealed.observed, matchedImages } } as Omit<CaptureRecord, 'recordHash'>);
  return { ...fixture, captures: [capture], caseRecord: { ...fixture.caseRecord, headHash: capture.recordHash } };
}

const reportOf = async (fixture: ReturnType<typeof makeFixture>, language: 'en' | 'es' = 'en') =>
  new TextDecoder().decode((await buildBundleFiles(bundleInput(fixture, fakeSigner, { language }))).get('report.html'));

describe('matched images in the report', () => {
  it('lists each matched address with its distance, as "one of your images", escaped', async () => {
    const report = await reportOf(fixtureWithMatches(MATCHED));
    expect(report).toContain('<h3>Your images found on this page</h3>');
    expect(report).toContain('<li><code>https://cdn.example/a.jpg</code> · one of your images · 6 of 256 points differ</li>');
    expect(report).toContain('<code>https://cdn.example/&lt;b&gt;x&lt;/b&gt;.jpg</code> · one of your images · 24 of 256 points differ');
    // Which of the person's images it was stays with them: neither its id nor a name is written.
    expect(report).not.toContain('mine-0001');
    expect(report).not.toContain('<b>x</b>');
  });

  it('writes it in the bundle’s language, and the bundle still verifies', async () => {
    const fixture = fixtureWithMatches(MATCHED);
    expect(await reportOf(fixture, 'es')).toContain('https://cdn.example/a.jpg</code> · una de tus imágenes · difieren 6 de 256 puntos');
    const result = await verifyBundle(await buildBundleBytes(bundleInput(fixture, await realSigner())));
    expect(result.problems).toEqual([]);
  });

  it('adds nothing to a capture without matches, and skips entries of the wrong shape (an imported record is only JSON)', async () => {
    const plain = makeFixture(1);
    const withNone = await reportOf(plain);
    expect(withNone).not.toContain('Your images found on this page');
    expect(await reportOf(fixtureWithMatches([]))).not.toContain('Your images found on this page');
    const odd = await reportOf(fixtureWithMatches([{ src: 42, distance: 3 }, { src: 'https://ok.example/b.jpg', distance: 'near' }, null, MATCHED[0]]));
    expect(odd.match(/one of your images/g)).toHaveLength(1);
    expect(await reportOf(fixtureWithMatches('not a list'))).not.toContain('Your images found on this page');
  });
});
