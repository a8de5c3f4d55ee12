import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../shared/i18n';
import type { TakedownProfile } from '../shared/takedown-types';
import type { OptionsApi } from './api';

type Draft = Record<'legalName' | 'email' | 'address' | 'phone' | 'signatureName' | 'agentName' | 'agentOrganisation' | 'agentEmail' | 'agentPhone', string>;

const EMPTY: Draft = {
  legalName: '',
  email: '',
  address: '',
  phone: '',
  signatureName: '',
  agentName: '',
  agentOrganisation: '',
  agentEmail: '',
  agentPhone: '',
};

function toDraft(profile: TakedownProfile | null): Draft {
  if (!profile) return EMPTY;
  const agent = profile.agent;
  return {
    legalName: profile.legalName,
    email: profile.email,
    address: profile.address ?? '',
    phone: profile.phone ?? '',
    signatureName: profile.signatureName,
    agentName: agent?.name ?? '',
    agentOrganisation: agent?.organisation ?? '',
    agentEmail: agent?.email ?? '',
    agentPhone: agent?.phone ?? '',
  };
}

/** Only what was typed: empty optional fields are left out, not stored as "". */
export function profileFromDraft(draft: Draft): TakedownProfile {
  const value = (key: keyof Draft) => draft[key].trim();
  const profile: TakedownProfile = { legalName: value('legalName'), email: value('email'), signatureName: value('signatureName') };
  if (value('address')) profile.address = value('address');
  if (value('phone')) profile.phone = value('phone');
  if (value('agentName')) {
    const agent: NonNullable<TakedownProfile['agent']> = { name: value('agentName') };
    if (value('agentOrganisation')) agent.organisation = value('agentOrganisation');
    if (value('agentEmail')) agent.email = value('agentEmail');
    if (value('agentPhone')) agent.phone = value('agentPhone');
    profile.agent = agent;
  }
  return profile;
}

/** Settings → "Details for removal requests": shown and changed only while Preserve is unlocked. */
export function TakedownProfileForm({ api }: { api: OptionsApi }) {
  const [state, setState] = useState<'loading' | 'locked' | 'ready'>('loading');
  const [encrypted, setEncrypted] = useState(false);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void (async () => {
      const status = await api.lockStatus();
      setEncrypted(status.encryption !== 'off');
      if (status.encryption !== 'off' && !status.unlocked) return setState('locked');
      setDraft(toDraft(await api.takedownProfile()));
      setState('ready');
    })().catch((error: Error) => setMessage({ ok: false, text: error.message }));
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    try {
      await api.saveTakedownProfile(profileFromDraft(draft));
      setMessage({ ok: true, text: t('removal_profile_saved') });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  }
  async function forget() {
    try {
      await api.saveTakedownProfile(null);
      setDraft(EMPTY);
      setMessage({ ok: true, text: t('removal_profile_removed') });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  }
  const field = (key: keyof Draft, label: MessageKey, type = 'text') => (
    <label>
      {t(label)}
      <input type={type} value={draft[key]} onInput={(event) => setDraft({ ...draft, [key]: (event.target as HTMLInputElement).value })} />
    </label>
  );

  return (
    <section class="takedown-profile" aria-labelledby="takedown-profile-heading">
      <h3 id="takedown-profile-heading">{t('removal_profile_heading')}</h3>
      <p class="muted">{t(encrypted ? 'removal_profile_intro_encrypted' : 'removal_profile_intro_plain')}</p>
      {state === 'locked' && <p class="muted">{t('removal_profile_locked')}</p>}
      {state === 'ready' && (
        <form onSubmit={save} class="profile-form">
          {field('legalName', 'removal_profile_legal_name')}
          {field('email', 'removal_profile_email', 'email')}
          {field('address', 'removal_profile_address')}
          {field('phone', 'removal_profile_phone', 'tel')}
          {field('signatureName', 'removal_profile_signature')}
          <fieldset>
            <legend>{t('removal_profile_agent_legend')}</legend>
            {field('agentName', 'removal_profile_agent_name')}
            {field('agentOrganisation', 'removal_profile_agent_organisation')}
            {field('agentEmail', 'removal_profile_agent_email', 'email')}
            {field('agentPhone', 'removal_profile_agent_phone', 'tel')}
          </fieldset>
          <button type="submit">{t('removal_profile_save')}</button>{' '}
          <button type="button" class="link" onClick={forget}>
            {t('removal_profile_forget')}
          </button>
        </form>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
