/** English text for the attachments area. Keys: lower snake_case, prefixed "attachments_"; "{name}" marks a value filled in at run time. */
export const attachments = {
  attachments_heading: 'Add a file',
  attachments_intro:
    'A police report, a court order, a letter, a photo of a paper note: any file up to {max} MB. Preserve fingerprints it (SHA-256), adds it to this case’s chain and keeps it like a capture.',
  attachments_choose: 'Choose a file to add',
  attachments_adding: 'Adding {name}…',
  attachments_added: 'Added {name} to this case.',
  attachments_failed: 'The file could not be added: {message}',
  attachments_too_big: 'This file is larger than {max} MB, more than Preserve can keep. A smaller copy (a scan or a photo of it) will work.',
  attachments_label: 'Added file',
  attachments_preview_alt: 'Preview of the added image',
  attachments_claims_heading: 'What the file says about itself',
  attachments_claims_note: 'These come from the file, not from Preserve. The time above is when Preserve received it.',
  attachments_file_name: 'File name',
  attachments_file_type: 'Type',
  attachments_file_size: 'Size',
  attachments_last_modified: 'Last changed (as the file says)',
};
