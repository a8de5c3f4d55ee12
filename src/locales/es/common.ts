import type { common as english } from '../en/common';
import type { Translation } from '../translation';

export const common = {
  common_extension_description: 'Guarda pruebas verificables de imágenes compartidas sin consentimiento. Todo se queda en este dispositivo.',
  common_close: 'Cerrar',
  common_case_views: 'Este caso',
  common_main_nav: 'Preserve',
  common_stored_here_only: 'Todo lo que hay aquí se guarda solo en este dispositivo.',
  common_quick_exit: 'Salida rápida',
  common_quick_exit_hint: 'Salir ahora a una página neutral (Alt+Mayús+X)',
  common_show_image: 'Mostrar imagen',
  common_hide_image: 'Ocultar imagen',
  common_loading: 'Cargando…',
  common_save: 'Guardar',
  common_saved: 'Guardado.',
  common_cancel: 'Cancelar',
  common_try_again: 'Intentar de nuevo',
  common_bytes: '{size} bytes',
  common_kilobytes: '{size} KB',
  common_megabytes: '{size} MB',
  common_options_page_title: 'Preserve — mis pruebas',
  common_popup_page_title: 'Preserve',
  common_action_title: 'Preserve — guardar pruebas',
  common_command_capture: 'Guardar pruebas de esta página',
  common_command_quick_exit: 'Salida rápida: ir a una página neutral y cerrar Preserve',
  common_agent_advice:
    'Antes de compartir: este aviso puede llegar a la persona que publicó el contenido, o hacerse público. Puedes usar una dirección de correo aparte, creada solo para solicitudes, y pedir a alguien que lo envíe por ti (una abogada o un abogado, o una línea de ayuda como la de CCRI), para que tu nombre y tus datos de contacto sigan siendo privados.',
  common_language_tag: 'es',
  common_menu_save_evidence: 'Guardar pruebas',
  common_badge_saved: 'Preserve — guardado: {time}',
  common_badge_failed: 'Preserve — {reason}',
} satisfies Translation<typeof english>;
