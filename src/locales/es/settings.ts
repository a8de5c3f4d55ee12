import type { settings as english } from '../en/settings';
import type { Translation } from '../translation';

export const settings = {
  settings_title: 'Ajustes',
  settings_blur_images: 'Difuminar las imágenes hasta que yo decida verlas (recomendado)',
  settings_erase_exports: 'Quitar los paquetes exportados de la lista de descargas del navegador después de guardarlos (el archivo se queda donde se guardó)',
  settings_quick_exit_page: 'La salida rápida abre esta página',
  settings_quick_exit_explained:
    'La salida rápida (el botón rojo, o Alt+Mayús+X) lleva la pestaña actual a esa página y cierra todas las pestañas de Preserve.',
  settings_unlock_heading: 'Preserve está bloqueado',
  settings_unlock_explained: 'Tus pruebas están cifradas en este dispositivo. Las capturas nuevas se siguen guardando mientras está bloqueado.',
  settings_passphrase: 'Frase de contraseña',
  settings_unlocking: 'Desbloqueando…',
  settings_unlock: 'Desbloquear',
  settings_encryption_heading: 'Frase de contraseña y cifrado',
  settings_encryption_turned_on: 'El cifrado está activado. Todo lo guardado está ahora cifrado.',
  settings_encryption_migrating: 'Cifrando lo que se guardó antes…',
  settings_encryption_on: 'Todo lo que guarda Preserve está cifrado.',
  settings_unlocked_now: 'Desbloqueado ahora.',
  settings_locked: 'Bloqueado.',
  settings_lock_now: 'Bloquear ahora',
  settings_passphrase_changed: 'Se cambió la frase de contraseña.',
  settings_encryption_explained:
    'Con una frase de contraseña, todo lo que guarda Preserve queda cifrado, y para ver, exportar o importar pruebas hace falta la frase. Para guardar pruebas nuevas, nunca. Si se olvida la frase, las pruebas no se pueden recuperar: guarda un paquete exportado en un lugar seguro.',
  settings_new_passphrase: 'Nueva frase de contraseña',
  settings_type_again: 'Escríbela otra vez',
  settings_passphrases_differ: 'Las dos frases de contraseña son distintas.',
  settings_turning_on: 'Activando el cifrado…',
  settings_turn_on: 'Activar el cifrado',
  settings_lock_after: 'Bloquear después de {minutes} minutos sin uso',
  settings_current_passphrase: 'Frase de contraseña actual',
  settings_change_passphrase: 'Cambiar la frase de contraseña',
  settings_firefox_snapshot_explained:
    'Firefox no puede guardar archivos de página en el formato MHTML que usa Chrome. En su lugar, Preserve guarda cada página que capturas como un único archivo HTML (page.html): su texto, sus estilos y las imágenes que la página le deja leer, sin los scripts. Se abre en cualquier navegador web y no necesita ningún permiso más. En el modo para menores de 18 solo se guarda su huella digital.',
  settings_archives_heading: 'Archivos de página',
  settings_archives_refused: 'Los archivos de página siguen desactivados: el navegador no recibió el permiso.',
  settings_archives_explained:
    'Un archivo de página (MHTML) guarda la propia página junto a cada captura, tal como la tenía el navegador, y se abre en Chrome o Edge. El navegador pide permiso una vez; su mensaje menciona todos los sitios web porque no tiene una forma más limitada, pero Preserve solo archiva la página que estás capturando, en el momento en que la capturas.',
  settings_archives_on: 'Los archivos de página están activados.',
  settings_archives_off: 'Los archivos de página están desactivados.',
  settings_archives_turn_off: 'Desactivar los archivos de página',
  settings_archives_turn_on: 'Activar los archivos de página',
  settings_shortcuts_heading: 'Atajos de teclado',
  settings_shortcut_none: 'sin asignar',
  settings_shortcuts_change_chrome: 'Para cambiarlos, abre chrome://extensions/shortcuts en la barra de direcciones.',
  settings_shortcuts_change_firefox:
    'Para cambiarlos, abre Complementos y temas (about:addons), haz clic en el botón del engranaje y elige Administrar atajos de extensiones.',
} satisfies Translation<typeof english>;
