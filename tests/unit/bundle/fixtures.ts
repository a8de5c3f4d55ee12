import { sealCapture } from '../../../src/shared/chain';
import { sha256TextSync, toHex } from '../../../src/shared/hash';
import { sha256 } from '@noble/hashes/sha2.js';
import { CAPTURE_FORMAT, type ArtifactRef, type CaptureRecord, type CaseRecord, type IncidentRecord, type NoteRecord } from '../../../src/shared/types';
import { signerFromKeyPair } from '../../../src/bundle/signing';
import type { BundleInput, BundleSigner } from '../../../src/bundle/types';
import type { LetterRecord, RemovalRequestRecord, TrackerEvent } from '../../../src/shared/takedown-types';

export const FIXED_NOW = new Date('2026-12-01T09:30:00.000Z');

/** Deterministic "image" bytes: not a real PNG, which the bundle never needs to decode. */
export function fakeImage(seed: number, size = 2048): Uint8Array {
  const bytes = new Uint8Array(size);
  let state = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  bytes.set([0x89, 0x50, 0x4e, 0x47], 0);
  return bytes;
}

export interface Fixture {
  caseRecord: CaseRecord;
  captures: CaptureRecord[];
  incidents: IncidentRecord[];
  notes: NoteRecord[];
  artifacts: Map<string, Uint8Array>;
  requests: RemovalRequestRecord[];
  trackerEvents: TrackerEvent[];
  letters: LetterRecord[];
}

export function makeFixture(count = 3, options: { hostileTitle?: string } = {}): Fixture {
  const artifacts = new Map<string, Uint8Array>();
  const captures: CaptureRecord[] = [];
  let prevHash: string | null = null;
  for (let seq = 1; seq <= count; seq++) {
    const bytes = fakeImage(seq);
    const artifact: ArtifactRef = {
      id: `artifact-${seq}`,
      kind: 'screenshot',
      name: 'screenshot.png',
      mediaType: 'image/png',
      size: bytes.length,
      sha256: toHex(sha256(bytes)),
      width: 1280,
      height: 713,
    };
    artifacts.set(artifact.id, bytes);
    const url = `https://www.reddit.com/r/pics/comments/abc${seq}/title/`;
    const capture = sealCapture({
      format: CAPTURE_FORMAT,
      id: `capture-${seq}`,
      caseId: 'case-1',
      seq,
      trigger: 'popup',
      observed: {
        tabUrl: url,
        tabTitle: seq === 2 && options.hostileTitle ? options.hostileTitle : `Post ${seq}`,
        capturedAt: `2026-11-2${seq % 10}T10:00:00.000Z`,
        capturedAtLocal: `2026-11-2${seq % 10}T11:00:00.000+01:00`,
        utcOffsetMinutes: 60,
        timeZone: 'Europe/Berlin',
        window: { width: 1280, height: 800 },
        viewport: { width: 1280, height: 713 },
        devicePixelRatio: 1,
        browser: { name: 'Chromium', version: '156' },
        extensionVersion: '0.1.0',
        incognito: false,
      },
      claimed: {
        documentTitle: '=HYPERLINK("http://evil.test","click"), "quoted"',
        locationHref: url,
        meta: [],
        platform: { platform: { id: 'reddit', name: 'Reddit' }, kind: 'post', postId: `abc${seq}` },
        post: { postId: `abc${seq}`, author: { handle: 'u/someone' }, text: 'line one\nline two' },
      },
      artifacts: [artifact],
      prevHash,
    });
    captures.push(capture);
    prevHash = capture.recordHash;
  }
  const caseRecord: CaseRecord = {
    id: 'case-1',
    title: 'Photos posted by my ex',
    createdAt: '2026-11-20T08:00:00.000Z',
    headHash: prevHash,
    captureCount: count,
    isDefault: false,
  };
  const incidents: IncidentRecord[] = [
    {
      id: 'incident-1',
      caseId: 'case-1',
      occurredAt: '2026-11-20T22:00:00.000Z',
      recordedAt: '2026-11-21T08:00:00.000Z',
      summary: 'Jane found the post',
      details: 'Her friend sent the link',
      captureIds: ['capture-1'],
      status: 'open',
      source: 'person',
    },
  ];
  const notes: NoteRecord[] = [{ id: 'note-1', caseId: 'case-1', captureId: 'capture-1', createdAt: '2026-11-21T09:00:00.000Z', text: 'My private note' }];
  return { caseRecord, captures, incidents, notes, artifacts, requests: [], trackerEvents: [], letters: [] };
}

export const PERSON = { name: 'Jane Q. Example', email: 'jane.requests@example.org', address: '1 Quiet Lane, Springfield', phone: '+1 555 0100' };

/**
 * A removal request sent through Reddit's form for captures 1 and 2, confirmed by the last
 * capture, with the tracker's changes for its address and a DMCA letter saved for it.
 */
export function withRequests(fixture: Fixture): Fixture {
  const [first, second] = fixture.captures;
  const confirmation = fixture.captures.at(-1)!;
  const url = first!.observed.tabUrl;
  const letterText = `DMCA notice\n\nI, ${PERSON.name}, ask you to remove ${url}.\n=SUM(1,2) stays text.\n`;
  const letter: LetterRecord = {
    id: 'letter-1',
    caseId: 'case-1',
    kind: 'dmca',
    title: 'DMCA notice to Reddit',
    createdAt: '2026-11-24T09:00:00.000Z',
    text: letterText,
    html: `<!doctype html><title>DMCA notice</title><p>I, ${PERSON.name}, ask you to remove ${url}.</p>`,
    textSha256: sha256TextSync(letterText),
    requestId: 'request-1',
  };
  const request: RemovalRequestRecord = {
    id: 'request-1',
    caseId: 'case-1',
    urls: [url],
    captureIds: [first!.id, ...(second ? [second.id] : [])],
    route: {
      platformId: 'reddit',
      kind: 'ncii',
      label: 'Report form <for> people without an account',
      url: 'https://support.reddithelp.com/hc/en-us/requests/new',
    },
    method: 'form',
    sentAt: '2026-11-24T10:15:00.000Z',
    recordedAt: '2026-11-24T10:15:30.000Z',
    reference: '#12345-<b>',
    filled: [
      { key: 'contentUrl', label: 'Link to the content', value: url },
      { key: 'legalName', label: 'Your full legal name', value: PERSON.name },
      { key: 'email', label: 'Email', value: PERSON.email },
      { key: 'address', label: 'Postal address', value: PERSON.address },
      { key: 'phone', label: 'Phone', value: PERSON.phone },
      { key: 'signature', label: 'Signature', value: PERSON.name, frameUrl: 'https://support.reddithelp.com/frame' },
      { key: 'description', label: 'Describe the content', value: 'An intimate photo posted without consent' },
    ],
    confirmationCaptureId: confirmation.id,
    letterId: 'letter-1',
    note: 'Sent from the library computer',
  };
  const trackerEvents: TrackerEvent[] = [
    {
      id: 'event-2',
      caseId: 'case-1',
      url,
      status: 'requested',
      at: '2026-11-24T10:15:00.000Z',
      recordedAt: '2026-11-24T10:15:30.000Z',
      requestId: 'request-1',
    },
    {
      id: 'event-1',
      caseId: 'case-1',
      url,
      status: 'found',
      at: '2026-11-20T23:00:00.000+01:00',
      recordedAt: '2026-11-21T08:00:00.000Z',
      note: 'My sister told me',
    },
    { id: 'event-3', caseId: 'case-1', url, status: 'removed', at: '2026-11-26T08:00:00.000Z', recordedAt: '2026-11-26T08:05:00.000Z' },
  ];
  return { ...fixture, requests: [request], trackerEvents, letters: [letter] };
}

/** A signer whose "signature" is derived from the data, so golden bytes stay fixed (it does not verify). */
export const fakeSigner: BundleSigner = {
  publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
  async sign(bytes) {
    const first = sha256(bytes);
    const out = new Uint8Array(64);
    out.set(first);
    out.set(sha256(first), 32);
    return out;
  },
};

export async function realSigner(): Promise<BundleSigner> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  return signerFromKeyPair(pair);
}

/** Pixelation stand-in: the browser uses a canvas; here any deterministic change of bytes will do. */
export async function fakeRedact(bytes: Uint8Array, mediaType: string) {
  return { bytes: new TextEncoder().encode(`pixelated:${sha256TextSync(String(bytes.length))}`), mediaType };
}

export function bundleInput(fixture: Fixture, signer: BundleSigner, overrides: Partial<BundleInput> = {}): BundleInput {
  return {
    caseRecord: fixture.caseRecord,
    captures: fixture.captures,
    incidents: fixture.incidents,
    notes: fixture.notes,
    requests: fixture.requests,
    trackerEvents: fixture.trackerEvents,
    letters: fixture.letters,
    readArtifact: async (_captureId, artifact) => fixture.artifacts.get(artifact.id)!,
    copy: 'legal',
    redactImage: fakeRedact,
    signer,
    now: () => FIXED_NOW,
    softwareVersion: '0.1.0',
    ...overrides,
  };
}
