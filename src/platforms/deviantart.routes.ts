// Removal routes for DeviantArt, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Likeness / unauthorised photo-of-me complaint by email (or via Customer Support)',
    email: 'violations@deviantart.com',
    accountNeeded: false,
    userMustProvide: [
      'full URL of each individual work',
      'good-faith statement that the use of your likeness was not authorised by you, your agent or the law',
      'contact information (address, telephone number or email)',
      "statement that the complaint is accurate and, 'under penalty of perjury', that you are the model depicted",
      'digital signature (typed full name)',
    ],
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'https://deviantart.zendesk.com/hc/en-us/articles/114094167194-How-can-I-report-someone-posting-my-likeness-name-photo-on-DeviantArt-without-permission-',
      'https://www.deviantartsupport.com/kb/en/article/what-is-a-model-release-form-and-how-do-i-attach-it-to-my-deviation',
    ],
    note: 'Staff act only on works in which you are recognisably featured; content is hidden, the uploader gets 30 days to produce a model release signed by you, otherwise it is deleted.',
  },
  {
    kind: 'ncii',
    label: 'Help article: How can I report someone posting my likeness/name/photo without permission?',
    url: 'https://deviantart.zendesk.com/hc/en-us/articles/114094167194',
    accountNeeded: 'unknown',
    userMustProvide: [
      'full URL of each individual work',
      'good-faith statement that the use of your likeness was not authorised by you, your agent or the law',
      'contact information (address, telephone number or email)',
      "statement that the complaint is accurate and, 'under penalty of perjury', that you are the model depicted",
      'digital signature (typed full name)',
    ],
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'https://deviantart.zendesk.com/hc/en-us/articles/114094167194-How-can-I-report-someone-posting-my-likeness-name-photo-on-DeviantArt-without-permission-',
    ],
  },
  {
    kind: 'in-app',
    label: 'Report it inside DeviantArt',
    how: "In-product Report ('...' > Report) on the deviation / Sta.sh item",
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://www.deviantartsupport.com/en/article/how-do-i-report-submissions'],
    note: 'Photos where you are the unauthorised subject are the documented exception handled outside the moderation queue.',
  },
  {
    kind: 'copyright',
    label: 'DMCA takedown via contact form (copyright holder)',
    url: 'https://www.deviantart.com/contact-us?menuId=copyright_dmca_holder#issue-response',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : DeviantArt/Terms of Service.md (tracks https://about.deviantart.com/policy/service/)'],
  },
];
