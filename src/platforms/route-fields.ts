// What the law asks for, shared by many platforms' routes.

/** The statutory minimum of a valid US TAKE IT DOWN Act removal request (platform duties from 2026-05-19). */
export const TIDA_REQUEST = [
  'signature (physical or electronic) of the depicted person or authorised representative',
  'identification of, and information reasonably sufficient to locate, the intimate image (URLs)',
  'brief statement of good-faith belief that it was published without consent',
  'contact information',
];

/** The elements of a DMCA notice (17 U.S.C. § 512(c)(3)). */
export const DMCA_NOTICE = [
  'physical or electronic signature',
  'identification of the copyrighted work',
  'URL(s) of the infringing material',
  'contact information (name, postal address, phone, email)',
  'good-faith statement',
  'accuracy statement under penalty of perjury / authority to act',
];

export const IN_APP: string[] = ['a signed-in account that can see the content', 'the reason (choose the intimate-image or non-consent option)'];
