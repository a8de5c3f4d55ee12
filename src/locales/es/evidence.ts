import type { evidence as english } from '../en/evidence';
import type { Translation } from '../translation';

export const evidence = {
  evidence_title: 'Pruebas',
  evidence_empty: 'Todavía no hay capturas. En una página que quieras conservar, haz clic en el botón de Preserve y elige «Guardar pruebas».',
} satisfies Translation<typeof english>;
