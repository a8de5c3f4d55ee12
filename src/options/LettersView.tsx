import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildDmcaNotice, buildPreservationRequest, buildTakeItDownRequest, type Letter } from '../letters/index';
import { letterContact } from '../letters/letter-contact';
import { type Language, languageOf, translate } from '../locales';
import { escapeHtml } from '../shared/escape-html';
import { type MessageKey, t, uiLanguage } from '../shared/i18n';
import type { LetterKind, LetterRecord, TakedownProfile } from '../shared/takedown-types';
import type { CaptureRecord } from '../shared/types';
import type { OptionsApi } from './api';
import { localDate } from '../ui/fill-values';
import { formatDateTime } from './format';
import { LanguageSelect } from './LanguageSelect';
import { letterInputFor, letterPlatforms } from './letter-input';

const KINDS: Array<[LetterKind, MessageKey]> = [
  ['take-it-down', 'removal_letter_kind_take_it_down'],
  ['dmca', 'removal_letter_kind_dmca'],
  ['preservation', 'removal_letter_kind_preservation'],
];

function build(kind: LetterKind, input: Parameters<typeof buildDmcaNotice>[0], createdByMe: boolean): Letter {
  if (kind === 'dmca') return buildDmcaNotice(input, { createdByMe });
  if (kind === 'take-it-down') return buildTakeItDownRequest(input);
  return buildPreservationRequest(input);
}

const LETTER_KIND: Record<LetterKind, Parameters<typeof letterContact>[1]> = {
  dmca: 'dmca-notice',
  'take-it-down': 'take-it-down-request',
  preservation: 'preservation-request',
};

/** The person's edited text as a printable page: the builder's HTML stands only while the text is unchanged. */
function htmlOf(title: string, text: string, language: Language): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>body{font:12pt/1.5 Georgia,serif;max-width:40em;margin:2em auto}pre{white-space:pre-wrap;font:inherit}</style></head><body><pre>${escapeHtml(text)}</pre></body></html>`;
}

/** Letters for routes without a form: built from the case, reviewed and edited, then saved and printed. */
export function LettersView({ api, caseId, readOnly = false }: { api: OptionsApi; caseId: string; readOnly?: boolean }) {
  const [captures, setCaptures] = useState<CaptureRecord[] | null>(null);
  const [saved, setSaved] = useState<LetterRecord[]>([]);
  const [profile, setProfile] = useState<TakedownProfile | null>(null);
  const [kind, setKind] = useState<LetterKind>('take-it-down');
  const [platformId, setPlatformId] = useState('');
  const [createdByMe, setCreatedByMe] = useState(false);
  const [useAgent, setUseAgent] = useState(false);
  // The letter's language can differ from the browser's: a platform may want English.
  const [language, setLanguage] = useState<Language>(() => languageOf(uiLanguage()));
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const reload = async () => {
    const loaded = await api.caseRequests(caseId);
    setCaptures(loaded.captures);
    setSaved(loaded.letters);
  };
  useEffect(() => {
    void reload().catch((error: Error) => setMessage({ ok: false, text: error.message }));
    void api
      .takedownProfile()
      .then(setProfile)
      .catch(() => undefined);
  }, [caseId]);

  const platforms = useMemo(() => (captures ? letterPlatforms(captures) : []), [captures]);
  const platform = platforms.find((p) => p.id === platformId) ?? platforms[0];
  const letter = useMemo(() => {
    if (!captures || !platform) return null;
    const input = { ...letterInputFor(profile, platform, captures, localDate(new Date()), useAgent), language };
    const contact = letterContact(platform.id, LETTER_KIND[kind], language);
    if (contact) input.recipient.contact = contact;
    return build(kind, input, createdByMe);
  }, [captures, platform?.id, profile, kind, createdByMe, useAgent, language]);
  useEffect(() => setText(null), [letter]);

  if (!captures) return <p class="muted">{t('common_loading')}</p>;
  // An imported case: the letters it came with, and nothing that would add one.
  if (readOnly)
    return (
      <section class="letters" aria-labelledby="letters-heading" data-testid="letters">
        <h2 id="letters-heading">{t('letters_title')}</h2>
        <p class="notice">{t('letters_read_only')}</p>
        {saved.length ? <SavedLetters saved={saved} /> : <p class="muted">{t('letters_none_saved')}</p>}
      </section>
    );
  if (!platform || !letter) return <p class="muted">{t('removal_letters_need_capture')}</p>;
  const current = text ?? letter.text;

  async function save() {
    if (!letter) return;
    try {
      const html = text === null ? letter.html : htmlOf(letter.title, current, language);
      await api.saveLetter({ caseId, kind, title: letter.title, text: current, html });
      setMessage({ ok: true, text: t('removal_letter_saved') });
      await reload();
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  }
  function print() {
    if (!letter) return;
    const frame = document.createElement('iframe');
    frame.style.display = 'none';
    frame.srcdoc = text === null ? letter.html : htmlOf(letter.title, current, language);
    frame.onload = () => {
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 1000);
    };
    document.body.append(frame);
  }

  return (
    <section class="letters" aria-labelledby="letters-heading" data-testid="letters">
      <p>
        <a href={`#case/${caseId}`}>{t('removal_back_to_case')}</a>
      </p>
      <h2 id="letters-heading">{t('letters_title')}</h2>
      <p class="muted">{t('removal_letters_intro')}</p>
      <div class="inline-form">
        <label>
          {t('removal_letter_label')}{' '}
          <select value={kind} onChange={(event) => setKind((event.target as HTMLSelectElement).value as LetterKind)}>
            {KINDS.map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('removal_letter_to')}{' '}
          <select value={platform.id} onChange={(event) => setPlatformId((event.target as HTMLSelectElement).value)}>
            {platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        {kind === 'dmca' && (
          <label class="setting">
            <input type="checkbox" checked={createdByMe} onChange={(event) => setCreatedByMe((event.target as HTMLInputElement).checked)} />
            {t('removal_letter_created_by_me')}
          </label>
        )}
        <LanguageSelect id="letter-language" label={t('letters_language_label')} value={language} onChange={setLanguage} />
        {profile?.agent && (
          <label class="setting">
            <input type="checkbox" checked={useAgent} onChange={(event) => setUseAgent((event.target as HTMLInputElement).checked)} />
            {t('removal_letter_agent_sends', { name: profile.agent.name })}
          </label>
        )}
      </div>
      {letter.missing.length > 0 && (
        <div class="small caveat" data-testid="letter-missing">
          <p>{t('removal_letter_still_missing', { marker: `[${translate(language, 'letters_fill_in', { label: '…' })}]` })}</p>
          <ul>
            {letter.missing.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      {letter.notes.map((note) => (
        <p key={note} class="small">
          {note}
        </p>
      ))}
      <label>
        {letter.title}
        <textarea
          class="letter-text"
          rows={24}
          value={current}
          onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
          data-testid="letter-text"
        />
      </label>
      <div class="row-actions">
        <button type="button" class="primary" onClick={save}>
          {t('removal_letter_save')}
        </button>
        <button type="button" onClick={print}>
          {t('removal_letter_print')}
        </button>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
      {saved.length > 0 && <SavedLetters saved={saved} />}
    </section>
  );
}

function SavedLetters({ saved }: { saved: readonly LetterRecord[] }) {
  return (
    <>
      <h3>{t('removal_letters_saved')}</h3>
      <ul class="small">
        {saved.map((record) => (
          <li key={record.id}>
            {formatDateTime(record.createdAt)} · {record.title} <span class="hash">{record.textSha256}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
