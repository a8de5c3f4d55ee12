/**
 * An abuse or removal contact found in a page Preserve does not know (src/content/find-contacts.ts):
 * a "report"/"abuse"/"DMCA"/"contact" link, a mailto: address, or a `Contact:` line of the site's
 * /.well-known/security.txt. What a page says about itself: shown as found, never as confirmed.
 */
export interface FoundContact {
  source: 'link' | 'mailto' | 'security.txt';
  /** The link's text, or the address, as the page shows it (clipped). */
  label: string;
  url?: string;
  email?: string;
}
