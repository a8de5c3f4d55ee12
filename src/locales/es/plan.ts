import type { plan as english } from '../en/plan';
import type { Translation } from '../translation';

export const plan = {
  plan_title: 'Plan de acción',
  plan_intro: 'Da estos pasos a tu ritmo. Ninguno es obligatorio y puedes volver cuando quieras.',
  plan_read_only: 'Este caso fue importado: puedes ver su plan, pero no cambiarlo.',
  plan_progress: '{settled} de {total} pasos hechos o dejados de lado',
  plan_group_now: 'Ahora mismo',
  plan_group_next: 'Después',
  plan_group_later: 'Cuando quieras',
  plan_group_if_needed: 'Si te corresponde',
  plan_mark_done: 'Hecho',
  plan_not_for_me: 'No es para mí',
  plan_undo: 'Deshacer',
  plan_status_todo: 'Pendiente',
  plan_status_done: 'Hecho',
  plan_status_auto: 'Hecho por Preserve',
  plan_status_not_for_me: 'Dejado de lado',
  plan_save_failed: 'No se guardó. Inténtalo de nuevo, por favor.',
  plan_open_support: 'Ver ayuda y apoyo',
  plan_error_no_case: 'Este caso ya no existe.',
  plan_error_read_only: 'Este caso fue importado: se muestra solo para lectura y no se puede cambiar aquí.',
  plan_error_unknown_step: 'Preserve no conoce ese paso del plan.',
  plan_step_safety_title: 'Asegúrate de estar a salvo ahora',
  plan_step_safety_body:
    'Si alguien te ha amenazado o no te sientes a salvo, llama al número de emergencias de tu país. Piensa en un lugar seguro al que podrías ir y cuéntale a alguien de confianza lo que está pasando.',
  plan_step_breathe_title: 'Para, respira y busca apoyo',
  plan_step_breathe_body:
    'No tienes que enfrentar esto sin ayuda, ni todo a la vez. Tómate un momento y luego contacta una línea de ayuda o a alguien de confianza. Te pueden ayudar a decidir qué hacer.',
  plan_step_assessment_title: 'Revisa tu seguridad',
  plan_step_assessment_body:
    'Unas pocas preguntas de sí o no te ayudan a ver qué tan urgente es y qué hacer primero. Puedes repetirla más adelante y comparar.',
  plan_step_assessment_action: 'Abrir la evaluación de amenazas',
  plan_step_evidence_title: 'Guarda pruebas antes de que se borre algo',
  plan_step_evidence_body:
    'Las publicaciones pueden desaparecer, y con ellas las pruebas. Guarda cada página con Preserve antes de denunciarla: conserva la dirección, la hora, una captura de pantalla y huellas digitales que muestran que nada cambió.',
  plan_step_evidence_action: 'Abrir tus pruebas',
  plan_step_find_title: 'Encuentra cada publicación',
  plan_step_find_body:
    'Busca otras copias de tus imágenes, por ejemplo con una búsqueda inversa de imágenes. Preserve puede comparar las páginas que visitas con tus propias imágenes, solo en este dispositivo.',
  plan_step_find_action: 'Abrir Mis imágenes',
  plan_step_preservation_title: 'Pide a los sitios que conserven sus registros',
  plan_step_preservation_body:
    'Si podrías tomar acciones legales, una solicitud de conservación (retención por litigio) pide a un sitio que guarde los datos de la cuenta y los registros antes de que se borren. Preserve puede redactarla a partir de tu caso.',
  plan_step_preservation_action: 'Abrir cartas',
  plan_step_log_title: 'Lleva un registro de incidentes',
  plan_step_log_body:
    'Anota qué pasó y cuándo, quién crees que lo hizo y qué pruebas tienes o te faltan. Preserve añade una entrada por cada captura y cada solicitud.',
  plan_step_log_action: 'Abrir el registro de incidentes',
  plan_step_binder_title: 'Arma una carpeta',
  plan_step_binder_body:
    'Guarda juntas las capturas impresas y el registro de incidentes, en un lugar seguro. Exporta un paquete desde tus pruebas: su informe se imprime como la carpeta.',
  plan_step_takedowns_title: 'Pide que retiren las publicaciones',
  plan_step_takedowns_body:
    'Primero denuncia cada publicación según las normas del propio sitio, y envía un aviso de derechos de autor (DMCA) si eso no funciona. Comparte la menor cantidad de datos personales posible y guarda una copia de cada solicitud. Si un sitio se niega, una guía de acción o registrar los derechos de autor pueden ayudar.',
  plan_step_takedowns_action: 'Abrir tus pruebas y solicitudes',
  plan_step_affected_title: 'Piensa en quién más está afectado',
  plan_step_affected_body: 'Otras personas pueden aparecer en las imágenes o verse dañadas por ellas. Tú decides si, cuándo y cómo decírselo. No hay prisa.',
  plan_step_affected_action: 'Abrir personas',
  plan_step_support_title: 'Busca apoyo legal, policial y emocional',
  plan_step_support_body:
    'Un abogado, la policía y un terapeuta pueden ayudarte, cada uno de una forma distinta. Las líneas de ayuda pueden indicarte a quién acudir cerca de ti.',
  plan_step_monitor_title: 'Vigila si aparecen nuevas publicaciones',
  plan_step_monitor_body:
    'Crea alertas de búsqueda con tu nombre, o pide a alguien de confianza que busque por ti para que no tengas que hacerlo. Preserve puede revisar los enlaces que encontraste y buscar tus imágenes en las páginas que visitas.',
  plan_step_contact_title: 'Controla el contacto con quien te hace esto',
  plan_step_contact_body:
    'No tienes que responderle. Una persona de confianza puede leer los mensajes por ti, y los filtros y bloqueos mantienen los mensajes nuevos fuera de tu vista. Guarda pruebas antes de bloquear.',
  plan_step_protective_title: 'Una orden de protección de emergencia',
  plan_step_protective_body:
    'Si te han amenazado, un tribunal puede ordenar a esa persona que se mantenga lejos de ti, a menudo con rapidez. La policía o una línea de ayuda pueden explicarte cómo pedirla donde vives.',
  plan_step_police_title: 'Una orden de alejamiento y una denuncia policial',
  plan_step_police_body:
    'Puedes pedir a un tribunal una orden de alejamiento y denunciar lo ocurrido a la policía. Guarda una copia de cada denuncia y cada orden junto con tu caso.',
  plan_step_unknown_title: 'Si no sabes quién lo hizo',
  plan_step_unknown_body:
    'Un abogado que trabaje en abuso digital puede pedir a un tribunal que obligue a los sitios a decir quién publicó. Los servicios de ayuda legal pueden indicarte uno.',
} satisfies Translation<typeof english>;
