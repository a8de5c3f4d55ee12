import type { BundleSummary } from './types';

export function verifyText(summary: BundleSummary): string {
  return `HOW TO CHECK THIS EVIDENCE BUNDLE

Every file in this bundle has a SHA-256 fingerprint. If a single byte of a file changes, its fingerprint
changes. The fingerprints are listed in SHA256SUMS and in manifest.json, and manifest.json is signed.
First unzip the bundle into a folder, then open a terminal in that folder.

Linux
  sha256sum -c SHA256SUMS
  Every line should end in "OK".

macOS (Terminal)
  shasum -a 256 -c SHA256SUMS
  Every line should end in "OK".

Windows (PowerShell)
  Get-FileHash -Algorithm SHA256 report.html
  Compare the Hash shown (ignore upper or lower case) with the line for report.html in SHA256SUMS.
  To check every file at once:
  Get-Content SHA256SUMS | ForEach-Object { $h, $p = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $p).Hash -ne $h) { "FAILED $p" } }
  No output means every file matches. (certutil -hashfile FILE SHA256 works on older Windows.)

The signature (any system with OpenSSL)
  openssl dgst -sha256 -verify public-key.pem -signature manifest.sig manifest.json
  It should print "Verified OK". manifest.digest.json holds the same signature in the form web browsers
  produce (IEEE P1363, base64) and the public key as a JWK.
  The signing key's fingerprint is ${summary.keyFingerprint}
  (the SHA-256 of public-key.pem's DER form: openssl pkey -pubin -in public-key.pem -outform DER | sha256sum).
  Compare it with one the person gives you another way, for example from an earlier bundle.

All checks at once (Node.js 20 or later)
  npx preserve-verify <bundle.zip>
  It checks every fingerprint, the chain of capture records, the manifest digest and the signature,
  and names every file that fails.

Good to know
- captures.csv and incident-log.csv are UTF-8 with a byte-order mark. A cell that would begin with
  = + - or @ starts with an apostrophe (') so spreadsheet programs show it as text instead of running it.
- Dates in the zip itself are all 1980-01-01; the export time (${summary.exportedAt} UTC) is in manifest.json.
${summary.copy === 'platform' ? '- This is the redacted platform copy: images are pixelated; capture.json in each folder lists the\n  SHA-256 of the original file, which matches the legal copy.\n' : ''}`;
}
