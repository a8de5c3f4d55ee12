import type { MessageKey } from '../locales';

export type SupportServiceId = 'emergency' | 'ccri' | 'rph' | 'stopncii' | 'take-it-down' | 'legal';

export interface SupportService {
  id: SupportServiceId;
  name: MessageKey;
  line: MessageKey;
  /** The organisation's own page; none for the emergency number, which differs by country. */
  url?: string;
  /** As the organisation writes it, and as a tel: address. */
  phone?: { shown: string; dial: string };
}

/*
 * Helplines and services (issue #11). Numbers and addresses as the organisations publish them:
 * CCRI's from the FTC's page and reference/platforms.json, the UK helpline's from its own FAQ page.
 * Where a specific page could not be confirmed the organisation's homepage is used. Here in shared,
 * not workspace, because the support panel (src/ui) may not import src/workspace.
 */
export const SUPPORT_SERVICES: readonly SupportService[] = [
  { id: 'emergency', name: 'support_emergency_name', line: 'support_emergency_line' },
  {
    id: 'ccri',
    name: 'support_ccri_name',
    line: 'support_ccri_line',
    url: 'https://cybercivilrights.org/',
    phone: { shown: '844-878-2274', dial: 'tel:+18448782274' },
  },
  { id: 'stopncii', name: 'support_stopncii_name', line: 'support_stopncii_line', url: 'https://stopncii.org/' },
  { id: 'take-it-down', name: 'support_take_it_down_name', line: 'support_take_it_down_line', url: 'https://takeitdown.ncmec.org/' },
  { id: 'legal', name: 'support_legal_name', line: 'support_legal_line', url: 'https://cybercivilrights.org/ccri-safety-center/' },
  {
    id: 'rph',
    name: 'support_rph_name',
    line: 'support_rph_line',
    url: 'https://revengepornhelpline.org.uk/',
    phone: { shown: '0345 6000 459', dial: 'tel:+443456000459' },
  },
];
