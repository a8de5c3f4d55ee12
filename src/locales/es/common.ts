import type { common as english } from '../en/common';
import type { Translation } from '../translation';

export const common = {
  common_extension_description: 'Guarda pruebas verificables de imágenes compartidas sin consentimiento. Todo se queda en este dispositivo.',
} satisfies Translation<typeof english>;
