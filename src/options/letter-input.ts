import { detectPlatform } from '../platforms/index';
import type { LetterInput, LetterItem } from '../letters/types';
import type { TakedownProfile } from '../shared/takedown-types';
import type { CaptureRecord, PlatformDetection } from '../shared/types';
import { trackedUrl } from '../takedowns/tracked-url';

export interface LetterPlatform {
  id: string;
  name: string;
}

function detectionOf(capture: CaptureRecord): PlatformDetection | null {
  return capture.claimed?.platform ?? detectPlatform(capture.observed.tabUrl);
}

/** Whom a letter in this case could go to: each platform its captures are on, or the host when Preserve does not know it. */
export function letterPlatforms(captures: readonly CaptureRecord[]): LetterPlatform[] {
  const found = new Map<string, LetterPlatform>();
  for (const capture of captures) {
    if (capture.trigger === 'request-confirmation') continue;
    const detection = detectionOf(capture);
    const platform = detection?.platform ?? hostPlatform(capture.observed.tabUrl);
    if (platform && !found.has(platform.id)) found.set(platform.id, platform);
  }
  return [...found.values()];
}

function hostPlatform(url: string): LetterPlatform | null {
  try {
    const host = new URL(url).hostname;
    return { id: host, name: host };
  } catch {
    return null;
  }
}

/** The letter's facts from the case: every captured address on that platform, with its captures' fingerprints. */
export function letterInputFor(
  profile: TakedownProfile | null,
  platform: LetterPlatform,
  captures: readonly CaptureRecord[],
  date: string,
  useAgent = false,
): LetterInput {
  const items = new Map<string, LetterItem>();
  for (const capture of captures) {
    if (capture.trigger === 'request-confirmation') continue;
    const detection = detectionOf(capture);
    if ((detection?.platform ?? hostPlatform(capture.observed.tabUrl))?.id !== platform.id) continue;
    const url = trackedUrl(capture.observed.tabUrl) ?? capture.observed.tabUrl;
    const item: LetterItem = items.get(url) ?? { url, kind: detection?.kind ?? 'other', captures: [] };
    const author = capture.claimed?.post?.author;
    if (author?.handle && !item.accountHandle) item.accountHandle = author.handle;
    if (author?.id && !item.accountId) item.accountId = author.id;
    item.captures.push({
      id: capture.id,
      capturedAt: capture.observed.capturedAt,
      sha256: [capture.recordHash, ...capture.artifacts.map((artifact) => artifact.sha256)],
    });
    items.set(url, item);
  }
  const sender: LetterInput['sender'] = {};
  if (profile) {
    sender.legalName = profile.legalName;
    sender.email = profile.email;
    sender.signatureName = profile.signatureName;
    if (profile.address) sender.postalAddress = profile.address;
    if (profile.phone) sender.phone = profile.phone;
    if (useAgent && profile.agent) {
      const { name, organisation, email, phone } = profile.agent;
      sender.agent = { name, signatureName: name, ...(organisation && { organisation }), ...(email && { email }), ...(phone && { phone }) };
    }
  }
  return { sender, recipient: { platformId: platform.id, platformName: platform.name }, items: [...items.values()], date };
}
