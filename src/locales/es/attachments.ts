import type { attachments as english } from '../en/attachments';
import type { Translation } from '../translation';

export const attachments = {
  attachments_heading: 'Añadir un archivo',
  attachments_intro:
    'Una denuncia policial, una orden judicial, una carta, una foto de una nota en papel: cualquier archivo de hasta {max} MB. Preserve le calcula una huella (SHA-256), lo añade a la cadena de este caso y lo guarda como una captura.',
  attachments_choose: 'Elige un archivo para añadir',
  attachments_adding: 'Añadiendo {name}…',
  attachments_added: 'Se añadió {name} a este caso.',
  attachments_failed: 'No se pudo añadir el archivo: {message}',
  attachments_too_big: 'Este archivo pesa más de {max} MB, más de lo que Preserve puede guardar. Una copia más pequeña (un escaneo o una foto) servirá.',
  attachments_label: 'Archivo añadido',
  attachments_preview_alt: 'Vista previa de la imagen añadida',
  attachments_claims_heading: 'Lo que el archivo dice de sí mismo',
  attachments_claims_note: 'Estos datos vienen del archivo, no de Preserve. La hora de arriba es cuando Preserve lo recibió.',
  attachments_file_name: 'Nombre del archivo',
  attachments_file_type: 'Tipo',
  attachments_file_size: 'Tamaño',
  attachments_last_modified: 'Último cambio (según el archivo)',
} satisfies Translation<typeof english>;
