import { FILES } from './bundle-paths';
import type { BundleSummary } from './types';

/**
 * The recipient's instructions. Every command is on a line of its own, indented by four spaces,
 * starting with the program's name, because tests/unit/bundle/verify-text-commands.test.ts parses them out
 * and runs them, as printed, on a good and on a forged copy.
 */
export function verifyText(summary: BundleSummary): string {
  const { sums, sumsSignature, manifest, signature, publicKey } = FILES;
  return `HOW TO CHECK THIS EVIDENCE BUNDLE

Every file in this bundle has a SHA-256 fingerprint. If a single byte of a file changes, its fingerprint
changes. The fingerprints are listed in ${sums}, which is signed (${sumsSignature}), and in ${manifest},
which is signed too (${signature}). Only the files listed in ${sums} belong to the bundle.
First unzip the bundle into a folder, then open a terminal in that folder.

Step 1: the signatures (any system with OpenSSL)
    openssl dgst -sha256 -verify ${publicKey} -signature ${sumsSignature} ${sums}
    openssl dgst -sha256 -verify ${publicKey} -signature ${signature} ${manifest}
  Each should print "Verified OK". Anything else means a signed file was changed after signing.

Step 2: every file against the signed list
  Linux
    sha256sum -c ${sums}
  macOS (Terminal)
    shasum -a 256 -c ${sums}
  Every line should end in "OK".
  Windows (PowerShell)
    Get-FileHash -Algorithm SHA256 report.html
  Compare the Hash shown (ignore upper or lower case) with the line for report.html in ${sums}.
  To check every file at once:
    Get-Content ${sums} | ForEach-Object { $h, $p = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $p).Hash -ne $h) { "FAILED $p" } }
  No output means every file matches. (certutil -hashfile FILE SHA256 works on older Windows.)

Step 3: whose key signed it
  A signature only shows that the files have not changed since someone signed them with the key in
  ${publicKey}. Anyone can make a key and sign a bundle of their own, so the signature proves
  something only when the key's fingerprint matches one you got another way: from the person who
  made the bundle (Preserve shows it to them after each export), or from an earlier bundle you trust.
  To see the fingerprint of the key in this folder:
    openssl pkey -pubin -in ${publicKey} -outform DER | openssl dgst -sha256
  It ends with 64 letters and digits; Preserve shows the same ones after "sha256:".
  This bundle says its key's fingerprint is ${summary.keyFingerprint}
  but that line is part of the bundle: compare with what you got another way.

All checks at once (Node.js 20 or later)
    npx preserve-verify <bundle.zip>
  It checks every fingerprint, both signatures, the chain of capture records and the manifest digest,
  and names every file that fails. It prints the key's fingerprint, to compare as in step 3.

Good to know
- ${FILES.digest} holds the manifest's signature in the form web browsers
  produce (IEEE P1363, base64) and the public key as a JWK.
- captures.csv, incident-log.csv, requests.csv and tracker.csv are UTF-8 with a byte-order mark. A cell that would begin with
  = + - or @ starts with an apostrophe (') so spreadsheet programs show it as text instead of running it.
- requests.json holds the removal requests, every dated change of each address's status and, for
  each saved letter, the SHA-256 of its text when it was saved: letters/<n>-<kind>.txt must still
  match it (sha256sum -c checks the file against SHA256SUMS; preserve-verify checks both).
${completeCaptureNotes(summary)}- Dates in the zip itself are all 1980-01-01; the export time (${summary.exportedAt} UTC) is in ${manifest}.
${
  summary.copy === 'platform'
    ? `- This is the redacted platform copy: images are pixelated (screenshots, full-page tiles and parts,
  saved images, video stills); capture.json in each folder lists the SHA-256 of the original file,
  which matches the legal copy. Left out: the case title, the person's
  notes and incident details, the letters (requests.json keeps each one's SHA-256), and the name,
  email, postal address, phone and signature filled into removal requests. Videos and page archives are left out too, because
  they would show the images unblurred; capture.json lists their SHA-256. Addresses, dates,
  statuses, routes and reference numbers are kept. A captured conversation (thread.json) is kept
  word for word, with the names the page showed: a platform needs the messages to act on a report
  of sextortion.
`
    : ''
}`;
}

/** Said only when the bundle holds such files, so a bundle of screenshots reads as before. */
function completeCaptureNotes(summary: BundleSummary): string {
  const kinds = new Set(summary.captures.flatMap((capture) => capture.record.artifacts.map((artifact) => artifact.kind)));
  const lines: string[] = [];
  if (kinds.has('tile') || kinds.has('fullpage'))
    lines.push(`- A full-page capture keeps each screenful as the browser returned it (tile-001.png, tile-002.png, …):
  these are the evidence. fullpage-1.png, fullpage-2.png, … are the same page put together from them,
  in parts no taller than 16,384 pixels. capture.json says how much of the page the tiles cover.`);
  if (kinds.has('mhtml')) lines.push('- page.mhtml is the page itself as the browser saved it; it opens in Chrome or Edge.');
  if (kinds.has('media') || kinds.has('frame'))
    lines.push(`- media-1.*, media-2.*, … are the images and videos themselves, with the address each came from in
  capture.json; frame-1.png, … are stills of videos that could not be saved whole.`);
  if (kinds.has('thread')) lines.push("- thread.json holds the messages of a conversation as the page showed them (the page's claims).");
  return lines.map((line) => `${line}\n`).join('');
}
