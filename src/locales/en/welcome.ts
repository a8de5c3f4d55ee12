/** English text for the welcome area. Keys: lower snake_case, prefixed "welcome_"; "{name}" marks a value filled in at run time. */
export const welcome = {
  welcome_heading: 'Welcome to Preserve',
  welcome_how_to_save:
    'When you find a post you need to keep, click the Preserve button in the toolbar and choose {saveEvidence} (or press Alt+Shift+S). Preserve records the address, the time and a screenshot, with fingerprints that show nothing was changed. Everything stays on this device until you export it.',
  welcome_save_evidence: 'Save evidence',
  welcome_quick_exit: 'If you need to leave quickly, the red {quickExit} button (or Alt+Shift+X) takes you to a neutral page.',
  welcome_passphrase:
    'On a shared computer, you can protect Preserve with a passphrase in {settings}: everything it stores is then encrypted, and saving new evidence still takes one click.',
  welcome_settings_link: 'Settings',
  welcome_go_to_evidence: 'Go to my evidence',
  welcome_age_question: 'Was the person in the images under 18 when they were taken?',
  welcome_age_changes: 'This changes what Preserve keeps. You can change it later in Settings.',
  welcome_age_under_18: 'Yes, under 18',
  welcome_age_adult: 'No, 18 or over',
  welcome_no_images: 'Preserve now keeps no images.',
  welcome_no_images_detail:
    "It still records each page's address, the time, what the page says and a fingerprint (SHA-256) of the screenshot, so you can show what you saw without holding the image itself.",
  welcome_take_it_down:
    '{takeItDown} (run by NCMEC, the US National Center for Missing & Exploited Children) helps remove images taken when someone was under 18. It makes a fingerprint of the image on your own device; the image is never uploaded, and participating platforms use the fingerprint to find and remove copies.',
  welcome_take_it_down_link: 'Take It Down',
  welcome_cybertipline:
    "NCMEC's {cyberTipline} (or 1-800-843-5678) takes reports of a child being sexually exploited, including someone threatening to share images. They work with the police, and you do not have to be sure before you report.",
  welcome_cybertipline_link: 'CyberTipline',
};
