import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';

/** What the card shows of a planned route (src/takedowns/route-plan.ts); ui/ does not import takedowns/. */
interface RouteCardInfo {
  step: string;
  label: string;
  needs: string;
  discloses: string | null;
  caveat: string | null;
  how?: string;
  note?: string;
  suggestAgent: boolean;
}

/**
 * One removal route as a step to try: its name, what it needs, who sees the notice, and the
 * caveat when Preserve could not confirm it. The page supplies the action (a form button, a link).
 */
export function RouteCard({ route, position, children }: { route: RouteCardInfo; position: number; children?: ComponentChildren }) {
  return (
    <li class="route" data-step={route.step} data-testid="route">
      <p class="route-label">
        <span class="muted">{position}.</span> {route.label}
      </p>
      <p class="small" data-testid="route-needs">
        {route.needs}
      </p>
      {route.discloses && (
        <p class="small" data-testid="route-discloses">
          {route.discloses}
        </p>
      )}
      {route.caveat && (
        <p class="small caveat" data-testid="route-caveat">
          {route.caveat}
        </p>
      )}
      {route.how && <p class="small">{route.how}</p>}
      {route.note && <p class="small muted">{route.note}</p>}
      {route.suggestAgent && <AgentAdvice />}
      {children}
    </li>
  );
}

/** Shown before the person shares anything on a route that passes the notice on or publishes it. */
function AgentAdvice() {
  return (
    <p class="small advice" data-testid="agent-advice">
      {t('common_agent_advice')}
    </p>
  );
}
