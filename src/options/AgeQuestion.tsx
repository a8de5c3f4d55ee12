import type { AgeAnswer, Settings } from '../shared/settings';

const TAKE_IT_DOWN = 'https://takeitdown.ncmec.org/';
const CYBERTIPLINE = 'https://report.cybertip.org/';

/** The first-run question, asked calmly, changeable later in Settings. */
export function AgeQuestion({ settings, onAnswer }: { settings: Settings; onAnswer: (answer: AgeAnswer) => void }) {
  const answer = settings.ageOfPersonShown;
  return (
    <section class="panel age-question" aria-labelledby="age-heading" data-testid="age-question">
      <h2 id="age-heading">Was the person in the images under 18 when they were taken?</h2>
      <p class="muted">This changes what Preserve keeps. You can change it later in Settings.</p>
      <div class="choices">
        <button type="button" aria-pressed={answer === 'under-18'} onClick={() => onAnswer('under-18')}>
          Yes, under 18
        </button>
        <button type="button" aria-pressed={answer === 'adult'} onClick={() => onAnswer('adult')}>
          No, 18 or over
        </button>
      </div>
      {answer === 'under-18' && <UnderEighteenHelp />}
    </section>
  );
}

function UnderEighteenHelp() {
  return (
    <div class="under-18" data-testid="under-18-help">
      <p>
        <strong>Preserve now keeps no images.</strong> It still records each page's address, the time, what the page says and a fingerprint (SHA-256) of the
        screenshot, so you can show what you saw without holding the image itself.
      </p>
      <p>
        <a href={TAKE_IT_DOWN} target="_blank" rel="noreferrer">
          Take It Down
        </a>{' '}
        (run by NCMEC, the US National Center for Missing &amp; Exploited Children) helps remove images taken when someone was under 18. It makes a fingerprint
        of the image on your own device; the image is never uploaded, and participating platforms use the fingerprint to find and remove copies.
      </p>
      <p>
        NCMEC's{' '}
        <a href={CYBERTIPLINE} target="_blank" rel="noreferrer">
          CyberTipline
        </a>{' '}
        (or 1-800-843-5678) takes reports of a child being sexually exploited, including someone threatening to share images. They work with the police, and you
        do not have to be sure before you report.
      </p>
    </div>
  );
}
