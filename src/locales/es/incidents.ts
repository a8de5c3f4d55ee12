import type { incidents as english } from '../en/incidents';
import type { Translation } from '../translation';

export const incidents = {
  incidents_title: 'Registro de incidentes',
} satisfies Translation<typeof english>;
