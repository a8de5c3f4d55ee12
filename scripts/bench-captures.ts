// The synthetic capture the export and read benches both chain: one screenshot, no page claims.
import { sealCapture } from '../src/shared/chain';
import { type ArtifactRef, CAPTURE_FORMAT, type CaptureRecord } from '../src/shared/types';

/** Capture `i` of a bench case, a minute after the one before it, chained to `prevHash`. */
export function benchCapture(i: number, artifact: ArtifactRef, prevHash: string | null): CaptureRecord {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return sealCapture({
    format: CAPTURE_FORMAT,
    id: `c${i}`,
    caseId: 'case',
    seq: i + 1,
    trigger: 'popup',
    artifacts: [artifact],
    prevHash,
    claimed: null,
    claimedError: 'bench',
    observed: {
      tabUrl: `https://example.test/p/${i}`,
      tabTitle: `Post ${i}`,
      capturedAt: at,
      capturedAtLocal: at,
      utcOffsetMinutes: 0,
      timeZone: 'UTC',
      window: null,
      viewport: null,
      devicePixelRatio: 1,
      browser: { name: 'Chromium', version: '156' },
      extensionVersion: '0.1.0',
      incognito: false,
    },
  });
}
