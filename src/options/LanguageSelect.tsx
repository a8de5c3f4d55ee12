import { type Language, LANGUAGES } from '../locales';
import { t } from '../shared/i18n';

// Each language is named in itself, so a person who reads only one of them can still find it.
const NAMES = { en: 'report_language_english', es: 'report_language_spanish' } as const satisfies Record<Language, string>;

/** "Language of the report/letter": the documents Preserve writes can differ from the browser's language. */
export function LanguageSelect({ id, label, value, onChange }: { id: string; label: string; value: Language; onChange: (language: Language) => void }) {
  return (
    <p class="language-select">
      <label for={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(NAMES[language])}
          </option>
        ))}
      </select>
    </p>
  );
}
