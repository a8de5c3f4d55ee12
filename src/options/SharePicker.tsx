import type { TakedownProfile } from '../shared/takedown-types';
import { RELATIONSHIPS, type ShareChoices } from '../ui/fill-values';

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
  const ticks: Array<[Tick, string, string | undefined]> = [
    ['name', 'Your legal name', profile?.legalName],
    ['email', agent ? 'Your agent’s email' : 'Your email for requests', agent ? agent.email : profile?.email],
    ['address', 'Your postal address', profile?.address],
    ['phone', agent ? 'Your agent’s phone' : 'Your phone', agent ? agent.phone : profile?.phone],
    ['signature', agent ? 'Your agent’s name as the signature' : 'Your signature name', agent ? agent.name : profile?.signatureName],
  ];
  return (
    <fieldset class="share" data-testid="share-picker">
      <legend>What the form may be filled with</legend>
      {!profile && (
        <p class="muted small">
          Your details are not saved yet. Add them in <a href="#settings">Settings → Details for removal requests</a> to have them filled in; until then only
          the addresses and the description are.
        </p>
      )}
      {profile &&
        ticks.map(([key, label, value]) =>
          value ? (
            <label key={key} class="setting">
              <input type="checkbox" checked={choices[key]} onChange={(event) => set({ [key]: (event.target as HTMLInputElement).checked })} />
              {label}: <span class="muted">{value}</span>
            </label>
          ) : null,
        )}
      {profile?.agent && (
        <label class="setting">
          <input type="checkbox" checked={choices.useAgent} onChange={(event) => set({ useAgent: (event.target as HTMLInputElement).checked })} />
          Give {profile.agent.name}’s contact details instead of mine
        </label>
      )}
      <label>
        Your relationship to the content{' '}
        <select value={choices.relationship} onChange={(event) => set({ relationship: (event.target as HTMLSelectElement).value })}>
          {RELATIONSHIPS.map((relationship) => (
            <option key={relationship} value={relationship}>
              {relationship}
            </option>
          ))}
        </select>
      </label>
      <label>
        A short description (kept neutral; you can change it)
        <textarea rows={2} value={choices.description} onInput={(event) => set({ description: (event.target as HTMLTextAreaElement).value })} />
      </label>
      {allUrls.length > 1 && (
        <div>
          <p class="small">Addresses to include:</p>
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
