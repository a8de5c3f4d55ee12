import type { common as english } from '../en/common';
import type { Translation } from '../translation';

export const common = {
  common_extension_description: 'Guarda pruebas verificables de imágenes compartidas sin consentimiento. Todo se queda en este dispositivo.',
  common_close: 'Cerrar',
  common_case_views: 'Este caso',
  common_main_nav: 'Preserve',
  common_stored_here_only: 'Todo lo que hay aquí se guarda solo en este dispositivo.',
} satisfies Translation<typeof english>;
