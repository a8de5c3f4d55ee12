import type { support as english } from '../en/support';
import type { Translation } from '../translation';

export const support = {
  support_title: 'Ayuda y apoyo',
  support_button: 'Ayuda y apoyo',
  support_intro: 'No tienes que enfrentar esto sin ayuda. Cada uno de estos servicios puede ayudarte.',
  support_opens_new_tab: 'Los enlaces se abren en una pestaña nueva.',
  support_call: 'Llamar al {phone}',
  support_emergency_name: 'El número de emergencias de tu país',
  support_emergency_line: 'Si estás en peligro ahora: 911 en EE. UU. y gran parte de América Latina, 112 en la UE, 999 en el Reino Unido.',
  support_ccri_name: 'Línea de crisis de CCRI (EE. UU.)',
  support_ccri_line: 'Apoyo de personas que conocen este tipo de abuso.',
  support_rph_name: 'Revenge Porn Helpline (Reino Unido)',
  support_rph_line: 'Orientación y ayuda para retirar contenido, para personas adultas en el Reino Unido.',
  support_stopncii_name: 'StopNCII.org (18 años o más)',
  support_stopncii_line:
    'Crea huellas digitales de tus imágenes en tu dispositivo para que los sitios asociados puedan bloquearlas; las imágenes nunca se suben.',
  support_take_it_down_name: 'Take It Down, de NCMEC (menores de 18)',
  support_take_it_down_line: 'Para imágenes tomadas antes de que cumplieras 18 años: el mismo tipo de huellas, y puedes mantenerte en el anonimato.',
  support_legal_name: 'Ayuda legal',
  support_legal_line: 'El Safety Center de CCRI explica tus opciones según la ley y dónde encontrar ayuda legal.',
} satisfies Translation<typeof english>;
