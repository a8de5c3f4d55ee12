import { useEffect, useState } from 'preact/hooks';
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
  const t = (key: keyof Draft) => draft[key].trim();
  const profile: TakedownProfile = { legalName: t('legalName'), email: t('email'), signatureName: t('signatureName') };
  if (t('address')) profile.address = t('address');
  if (t('phone')) profile.phone = t('phone');
  if (t('agentName')) {
    const agent: NonNullable<TakedownProfile['agent']> = { name: t('agentName') };
    if (t('agentOrganisation')) agent.organisation = t('agentOrganisation');
    if (t('agentEmail')) agent.email = t('agentEmail');
    if (t('agentPhone')) agent.phone = t('agentPhone');
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
      setMessage({ ok: true, text: 'Your details are saved.' });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  }
  async function forget() {
    try {
      await api.saveTakedownProfile(null);
      setDraft(EMPTY);
      setMessage({ ok: true, text: 'Your details are removed.' });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  }
  const field = (key: keyof Draft, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={draft[key]} onInput={(event) => setDraft({ ...draft, [key]: (event.target as HTMLInputElement).value })} />
    </label>
  );

  return (
    <section class="takedown-profile" aria-labelledby="takedown-profile-heading">
      <h3 id="takedown-profile-heading">Details for removal requests</h3>
      <p class="muted">
        Used to fill in removal forms and letters, only with what you choose for each request. Stored only on this device
        {encrypted
          ? ', and encrypted like everything else because a passphrase is set.'
          : '. If you set a passphrase, they are encrypted like everything else.'}
      </p>
      {state === 'locked' && <p class="muted">Unlock Preserve to see or change these details.</p>}
      {state === 'ready' && (
        <form onSubmit={save} class="profile-form">
          {field('legalName', 'Legal name')}
          {field('email', 'An email address for requests (a separate one is safer: some platforms pass it on)', 'email')}
          {field('address', 'Postal address (optional)')}
          {field('phone', 'Phone (optional)', 'tel')}
          {field('signatureName', 'Name to sign with (typed as your signature)')}
          <fieldset>
            <legend>Someone acting for you (optional): a lawyer or a helpline</legend>
            {field('agentName', 'Their name')}
            {field('agentOrganisation', 'Organisation')}
            {field('agentEmail', 'Their email', 'email')}
            {field('agentPhone', 'Their phone', 'tel')}
          </fieldset>
          <button type="submit">Save details</button>{' '}
          <button type="button" class="link" onClick={forget}>
            Remove these details
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
