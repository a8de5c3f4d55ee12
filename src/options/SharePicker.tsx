import { type MessageKey, t } from '../shared/i18n';
import type { TakedownProfile } from '../shared/takedown-types';
import { RELATIONSHIPS } from '../ui/english-form-text';
import type { ShareChoices } from '../ui/fill-values';
import { tParts } from '../ui/t-parts';

type Tick = 'name' | 'email' | 'address' | 'phone' | 'signature';

/** Per request, what the form may be filled with. Nothing is shared unless ticked here. */
export function SharePicker({
  profile,
  choices,
  allUrls,
  onChange,
}: {
  profile: TakedownProfile | null;
  choices: ShareChoices;
  allUrls: string[];
  onChange: (next: ShareChoices) => void;
}) {
  const set = (patch: Partial<ShareChoices>) => onChange({ ...choices, ...patch });
  const agent = choices.useAgent ? profile?.agent : undefined;
  const ticks: Array<[Tick, MessageKey, string | undefined]> = [
    ['name', 'removal_share_name', profile?.legalName],
    ['email', agent ? 'removal_share_agent_email' : 'removal_share_email', agent ? agent.email : profile?.email],
    ['address', 'removal_share_address', profile?.address],
    ['phone', agent ? 'removal_share_agent_phone' : 'removal_share_phone', agent ? agent.phone : profile?.phone],
    ['signature', agent ? 'removal_share_agent_signature' : 'removal_share_signature', agent ? agent.name : profile?.signatureName],
  ];
  return (
    <fieldset class="share" data-testid="share-picker">
      <legend>{t('removal_share_legend')}</legend>
      {!profile && <p class="muted small">{tParts('removal_share_no_profile', { settings: <a href="#settings">{t('removal_share_settings_link')}</a> })}</p>}
      {profile &&
        ticks.map(([key, label, value]) =>
          value ? (
            <label key={key} class="setting">
              <input type="checkbox" checked={choices[key]} onChange={(event) => set({ [key]: (event.target as HTMLInputElement).checked })} />
              {t(label)}: <span class="muted">{value}</span>
            </label>
          ) : null,
        )}
      {profile?.agent && (
        <label class="setting">
          <input type="checkbox" checked={choices.useAgent} onChange={(event) => set({ useAgent: (event.target as HTMLInputElement).checked })} />
          {t('removal_share_use_agent', { name: profile.agent.name })}
        </label>
      )}
      <label>
        {t('removal_share_relationship')}{' '}
        <select value={choices.relationship} onChange={(event) => set({ relationship: (event.target as HTMLSelectElement).value })}>
          {RELATIONSHIPS.map((relationship) => (
            <option key={relationship.value} value={relationship.value}>
              {t(relationship.label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('removal_share_description')}
        <textarea rows={2} value={choices.description} onInput={(event) => set({ description: (event.target as HTMLTextAreaElement).value })} />
      </label>
      {allUrls.length > 1 && (
        <div>
          <p class="small">{t('removal_share_addresses')}</p>
          {allUrls.map((url) => (
            <label key={url} class="setting small">
              <input
                type="checkbox"
                checked={choices.urls.includes(url)}
                onChange={(event) =>
                  set({
                    urls: (event.target as HTMLInputElement).checked
                      ? allUrls.filter((u) => u === url || choices.urls.includes(u))
                      : choices.urls.filter((u) => u !== url),
                  })
                }
              />
              {url}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
