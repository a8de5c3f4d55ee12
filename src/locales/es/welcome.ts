import type { welcome as english } from '../en/welcome';
import type { Translation } from '../translation';

export const welcome = {
  welcome_heading: 'Te damos la bienvenida a Preserve',
  welcome_how_to_save:
    'Cuando encuentres una publicación que necesites conservar, haz clic en el botón de Preserve en la barra de herramientas y elige {saveEvidence} (o pulsa Alt+Mayús+S). Preserve registra la dirección, la hora y una captura de pantalla, con huellas que muestran que nada se modificó. Todo se queda en este dispositivo hasta que lo exportes.',
  welcome_save_evidence: 'Guardar pruebas',
  welcome_quick_exit: 'Si necesitas salir rápido, el botón rojo {quickExit} (o Alt+Mayús+X) te lleva a una página neutral.',
  welcome_passphrase:
    'En una computadora compartida, puedes proteger Preserve con una frase de contraseña en {settings}: así todo lo que guarda queda cifrado, y guardar pruebas nuevas sigue siendo un solo clic.',
  welcome_settings_link: 'Ajustes',
  welcome_go_to_evidence: 'Ir a mis pruebas',
  welcome_age_question: '¿La persona de las imágenes tenía menos de 18 años cuando se tomaron?',
  welcome_age_changes: 'Esto cambia lo que Preserve conserva. Puedes cambiarlo más tarde en Ajustes.',
  welcome_age_under_18: 'Sí, menos de 18',
  welcome_age_adult: 'No, 18 o más',
  welcome_no_images: 'Preserve ya no conserva imágenes.',
  welcome_no_images_detail:
    'Sigue registrando la dirección de cada página, la hora, lo que dice la página y una huella (SHA-256) de la captura de pantalla, para que puedas mostrar lo que viste sin guardar la imagen.',
  welcome_take_it_down:
    '{takeItDown} (del NCMEC, el Centro Nacional para Niños Desaparecidos y Explotados de EE. UU.) ayuda a retirar imágenes tomadas cuando alguien tenía menos de 18 años. Crea una huella de la imagen en tu propio dispositivo; la imagen nunca se sube, y las plataformas participantes usan la huella para encontrar y retirar copias.',
  welcome_take_it_down_link: 'Take It Down',
  welcome_cybertipline:
    'La {cyberTipline} del NCMEC (o el 1-800-843-5678) recibe denuncias de explotación sexual de menores, incluso cuando alguien amenaza con compartir imágenes. Trabajan con la policía, y no necesitas estar segura o seguro antes de denunciar.',
  welcome_cybertipline_link: 'CyberTipline',
} satisfies Translation<typeof english>;
