import type { MessageKey } from '../locales';
import type { LinkReason, LinkState } from '../shared/matching-types';

/** The catalogue key for each reason and state, so pages, log entries and tracker notes say the same. */
export const REASON_KEYS = {
  ok: 'monitor_reason_ok',
  changed: 'monitor_reason_changed',
  'not-found': 'monitor_reason_not_found',
  gone: 'monitor_reason_gone',
  legal: 'monitor_reason_legal',
  'platform-unavailable': 'monitor_reason_platform_unavailable',
  'page-says-missing': 'monitor_reason_page_says_missing',
  'redirected-home': 'monitor_reason_redirected_home',
  'login-wall': 'monitor_reason_login_wall',
  'login-needed': 'monitor_reason_login_needed',
  refused: 'monitor_reason_refused',
  'server-error': 'monitor_reason_server_error',
  'unexpected-status': 'monitor_reason_unexpected_status',
  timeout: 'monitor_reason_timeout',
  network: 'monitor_reason_network',
  'no-access': 'monitor_reason_no_access',
} as const satisfies Record<LinkReason, MessageKey>;

export const STATE_KEYS = {
  up: 'monitor_state_up',
  removed: 'monitor_state_removed',
  changed: 'monitor_state_changed',
  reappeared: 'monitor_state_reappeared',
  unreachable: 'monitor_state_unreachable',
} as const satisfies Record<LinkState, MessageKey>;
