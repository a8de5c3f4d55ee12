import type { ExtractedPost, PlatformDetection } from '../shared/types';

export type DetectionKind = PlatformDetection['kind'];

/**
 * How well the reference data backs a fact. 'low' and 'unconfirmed' facts are kept so the UI can
 * show them with a caveat; code must never present them as settled.
 */
export type Confidence = 'high' | 'medium' | 'low' | 'unconfirmed';

/** A hostname this platform owns: matched with its subdomains unless `exact`. */
export type HostEntry = string | { host: string; exact?: boolean; confidence?: Confidence; note?: string };

export interface UrlRule {
  kind: DetectionKind;
  /** Tested against URL.pathname; named groups `postId` and `author` become detection fields. */
  path: RegExp;
  /** Tested against the hostname (lower case); its named groups are merged in. */
  host?: RegExp;
  /** Search parameters that must be present; their values become `postId` / `author`. */
  query?: { postId?: string; author?: string };
  /** Tested against URL.hash, for sites that keep the id after `#`. */
  hash?: RegExp;
  /** Builds the post id from all captured groups when one group is not enough. */
  postId?: (groups: Record<string, string>) => string;
  confidence?: Confidence;
  /** URLs this rule must classify as `kind`; the meta tests check them against every platform. */
  examples: string[];
}

export type Extractor = (document: Document, url: URL) => ExtractedPost | null;

export type Tri = boolean | 'unknown';

export type RouteKind =
  | 'ncii' // a dedicated intimate-image form or address
  | 'privacy' // a privacy-rights form that can cover intimate images
  | 'take-it-down-act' // a route the platform names as its US TAKE IT DOWN Act channel
  | 'in-app' // the report button inside the product
  | 'copyright' // a copyright (DMCA) web form
  | 'dmca-email' // the designated copyright agent's email address
  | 'search-removal' // asks a search engine to delist, not the host to delete
  | 'hash-blocking' // a hash is shared with participating platforms; the image never leaves the device
  | 'guide'; // instructions, not a removal request

export interface RemovalRoute {
  kind: RouteKind;
  label: string;
  url?: string;
  email?: string;
  /** For routes without an address (in-app reporting): what to tap. */
  how?: string;
  accountNeeded: Tri;
  userMustProvide: string[];
  discloses: { toUploader: Tri; publicly: Tri; toLumen: Tri };
  confidence: Confidence;
  /** Where the facts come from (reference-data sources, official pages first). */
  sources: string[];
  note?: string;
}

export interface PlatformDefinition {
  id: string;
  name: string;
  hosts: HostEntry[];
  rules: UrlRule[];
  /** URLs on the platform's hosts that are none of the rules' kinds; must detect as 'other'. */
  otherExamples?: string[];
  extract?: Extractor;
  /** Shown in docs/platforms.md next to the name. */
  note?: string;
}
