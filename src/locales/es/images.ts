import type { images as english } from '../en/images';
import type { Translation } from '../translation';

export const images = {
  images_title: 'Mis imágenes',
  images_intro:
    'Agrega las fotos o videos que se compartieron. Preserve calcula sus huellas (hashes) en este dispositivo y guarda solo eso, para poder reconocer copias en las páginas que visitas. Las imágenes no se guardan y no se envía nada a ningún sitio.',
  images_add_label: 'Agregar imágenes',
  images_keep_label: 'Guardar también la imagen',
  images_keep_explained:
    'Desactivado salvo que lo marques. Si lo marcas, se guarda una copia de cada imagen en este navegador (cifrada si pusiste una frase de contraseña), y cualquiera que pueda abrir Preserve podría verla.',
  images_under18_hashes_only: 'Como la persona de las imágenes era menor de 18 años, Preserve guarda solo las huellas, nunca las imágenes.',
  images_adding: 'Calculando las huellas de {name}…',
  images_added: 'Agregadas: {count}. Solo se guardaron las huellas.',
  images_add_failed: 'No se pudo agregar este archivo. {reason}',
  images_video_unreadable: 'No se pudo leer el video aquí. Prueba con otro tipo de archivo, como MP4.',
  images_pixels_unreadable: 'Este navegador no pudo leer la imagen.',
  images_error_bad_hashes: 'No se pudieron leer las huellas de este archivo. Intenta agregarlo de nuevo.',
  images_none_yet: 'Todavía no agregaste imágenes.',
  images_list_heading: 'Tus imágenes ({count})',
  images_unnamed: 'Imagen sin nombre',
  images_kind_image: 'foto',
  images_kind_video: 'video',
  images_added_on: 'agregada el {date}',
  images_quality: 'Detalle: {quality} de 100',
  images_image_kept: 'imagen guardada',
  images_hashes_only: 'solo huellas',
  images_low_quality: 'Esta imagen tiene muy poco detalle para reconocerla con seguridad.',
  images_delete: 'Quitar',
  images_delete_named: 'Quitar {name}',
  images_export_hashes: 'Exportar huellas',
  images_export_explained:
    'Guarda un archivo solo con las huellas, sin imágenes. Puedes dárselo a una línea de ayuda o a una plataforma para que busquen copias sin ver tus imágenes.',
  images_exported: 'Se guardó {name} en tus descargas.',
  images_unlock_to_find: 'Desbloquea Preserve para buscar tus imágenes.',
  images_menu_find_copies: 'Buscar copias de esta imagen (envía su dirección)',
  images_engine_google_lens: 'Google Lens',
  images_engine_bing: 'Búsqueda visual de Bing',
  images_engine_tineye: 'TinEye',
  images_engine_yandex: 'Yandex',
  images_search_web_heading: 'Buscar copias en la web',
  images_search_web_menu:
    'En una página, haz clic derecho sobre una imagen, elige «Buscar copias de esta imagen» y luego un buscador. Preserve le envía a ese buscador solo la dirección web de la imagen, no la imagen.',
  images_search_web_upload_intro: 'Si una imagen está solo en este dispositivo, puedes subirla tú a un buscador. Preserve nunca sube nada por su cuenta.',
  images_upload_google_lens: 'abre lens.google.com, elige «sube un archivo» y selecciona la imagen.',
  images_upload_bing: 'abre bing.com/visualsearch, elige «Examinar» y selecciona la imagen.',
  images_upload_tineye: 'abre tineye.com, elige «Upload» y selecciona la imagen.',
  images_upload_yandex: 'abre yandex.com/images, haz clic en el botón de la cámara y selecciona la imagen.',
  images_search_web_privacy:
    'Al subirla, le das la imagen a esa empresa, que puede guardarla y vincularla con tu cuenta. Si eso te preocupa, agrégala aquí: Preserve podrá reconocer copias en las páginas que visitas sin enviar nada. Una línea de ayuda también puede buscar por ti.',
} satisfies Translation<typeof english>;
