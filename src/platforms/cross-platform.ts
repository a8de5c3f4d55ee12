// Routes that work across many sites at once. Data from the reference entries 'stopncii',
// 'take_it_down_ncmec', 'ccri_online_removal_guide', 'google_search' and 'microsoft_bing'.
import type { RemovalRoute } from './types';

const NOT_A_HOST = { toUploader: false, publicly: false, toLumen: false } as const;

export const STOPNCII: RemovalRoute = {
  kind: 'hash-blocking',
  label: 'StopNCII.org: block intimate images of an adult on participating platforms',
  url: 'https://stopncii.org/',
  accountNeeded: false,
  userMustProvide: [
    'the images or videos, selected on your own device (only a hash is sent; the file never leaves the device)',
    'you must be the adult (18+) shown in the content',
    'keep the case number and PIN: they cannot be recovered',
  ],
  discloses: NOT_A_HOST,
  confidence: 'high',
  sources: ['https://stopncii.org/how-it-works/', 'SWGFL: StopNCII'],
  note: 'Works only on participating platforms; it blocks matching uploads rather than removing a specific post.',
};

export const TAKE_IT_DOWN: RemovalRoute = {
  kind: 'hash-blocking',
  label: 'NCMEC Take It Down: for images taken when the person shown was under 18',
  url: 'https://takeitdown.ncmec.org/',
  accountNeeded: false,
  userMustProvide: ['the image or video, selected on your device (only a hash is submitted; the image never leaves the device)'],
  discloses: NOT_A_HOST,
  confidence: 'high',
  sources: ['https://takeitdown.ncmec.org/', 'https://fonearena.com/blog/386774/meta-take-it-down-facebook-instagram.html'],
  note: 'Open to under-18s, a parent or trusted adult on their behalf, and adults for images taken of them before 18; can be anonymous.',
};

export const GOOGLE_SEARCH_REMOVAL: RemovalRoute = {
  kind: 'search-removal',
  label: 'Google: remove explicit or intimate personal images from Search results',
  url: 'https://support.google.com/websearch/answer/6302812',
  accountNeeded: 'unknown',
  userMustProvide: [
    'you are shown nude, in a sexual act or intimate state',
    'no consent / made available without consent',
    'not currently being paid for the content',
    'content URLs and search-results page URLs (only submitted URLs are reviewed)',
    'screenshots (adults only; never for minors)',
  ],
  discloses: { toUploader: false, publicly: 'unknown', toLumen: false },
  confidence: 'high',
  sources: ['https://support.google.com/websearch/answer/6302812'],
  note: 'Delists results only; the image stays on the site that hosts it.',
};

export const BING_REMOVAL: RemovalRoute = {
  kind: 'search-removal',
  label: 'Microsoft: report non-consensual intimate imagery (Bing results, OneDrive, Xbox)',
  url: 'https://www.microsoft.com/en-us/concern/revengeporn',
  accountNeeded: 'unknown',
  userMustProvide: [
    'name',
    'email',
    'URL(s) of the content',
    'whether you consented to distribution',
    'whether personal information appears with it',
    'optional proof (police report, court order)',
  ],
  discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
  confidence: 'medium',
  sources: ['https://www.microsoft.com/en-us/concern/revengeporn'],
};

export const CCRI_GUIDE: RemovalRoute = {
  kind: 'guide',
  label: 'Cyber Civil Rights Initiative: Online Removal Guide (platform by platform)',
  url: 'https://www.cybercivilrights.org/online-removal/',
  accountNeeded: false,
  userMustProvide: [],
  discloses: NOT_A_HOST,
  confidence: 'high',
  sources: ['https://www.cybercivilrights.org/online-removal/'],
  note: 'CCRI also runs a US crisis helpline: 844-878-2274.',
};
