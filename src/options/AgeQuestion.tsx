import type { AgeAnswer, Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { tParts } from '../ui/t-parts';

const TAKE_IT_DOWN = 'https://takeitdown.ncmec.org/';
const CYBERTIPLINE = 'https://report.cybertip.org/';

/** The first-run question, asked calmly, changeable later in Settings. */
export function AgeQuestion({ settings, onAnswer }: { settings: Settings; onAnswer: (answer: AgeAnswer) => void }) {
  const answer = settings.ageOfPersonShown;
  return (
    <section class="panel age-question" aria-labelledby="age-heading" data-testid="age-question">
      <h2 id="age-heading">{t('welcome_age_question')}</h2>
      <p class="muted">{t('welcome_age_changes')}</p>
      <div class="choices">
        <button type="button" aria-pressed={answer === 'under-18'} onClick={() => onAnswer('under-18')}>
          {t('welcome_age_under_18')}
        </button>
        <button type="button" aria-pressed={answer === 'adult'} onClick={() => onAnswer('adult')}>
          {t('welcome_age_adult')}
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
        <strong>{t('welcome_no_images')}</strong> {t('welcome_no_images_detail')}
      </p>
      <p>
        {tParts('welcome_take_it_down', {
          takeItDown: (
            <a href={TAKE_IT_DOWN} target="_blank" rel="noreferrer">
              {t('welcome_take_it_down_link')}
            </a>
          ),
        })}
      </p>
      <p>
        {tParts('welcome_cybertipline', {
          cyberTipline: (
            <a href={CYBERTIPLINE} target="_blank" rel="noreferrer">
              {t('welcome_cybertipline_link')}
            </a>
          ),
        })}
      </p>
    </div>
  );
}
