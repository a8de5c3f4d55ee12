/** The commands-API name of the "save evidence" keyboard shortcut (Alt+Shift+S by default). */
export const CAPTURE_COMMAND = 'save-evidence';
