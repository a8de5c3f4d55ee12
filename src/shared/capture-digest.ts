import type { CaptureRecord, ClaimedFacts, ExtractedPost } from './types';

/**
 * What the side panels need of a capture (issue #11, "Scale"): where and when it was taken, how,
 * on which platform and who posted it. The removal tracker, the link monitor and the people
 * suggestions read this for every capture of a case; the rest of a record (page claims, text,
 * artifacts) stays in the store. A whole CaptureRecord is also a CaptureDigest.
 */
export type CaptureDigest = Pick<CaptureRecord, 'id' | 'seq' | 'trigger' | 'observed'> & {
  claimed: (Pick<ClaimedFacts, 'platform'> & { post?: Pick<ExtractedPost, 'author'> | null }) | null;
};

export function digestOf(capture: CaptureRecord): CaptureDigest {
  const { id, seq, trigger, observed, claimed } = capture;
  const author = claimed?.post?.author;
  return {
    id,
    seq,
    trigger,
    observed,
    claimed: claimed && { ...(claimed.platform !== undefined && { platform: claimed.platform }), ...(author && { post: { author } }) },
  };
}
