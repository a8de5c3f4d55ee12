/** The commands-API name of the "save evidence" keyboard shortcut (Alt+Shift+S by default). */
export const CAPTURE_COMMAND = 'save-evidence';

/** The commands-API name of the quick-exit shortcut (Alt+Shift+X by default). */
export const QUICK_EXIT_COMMAND = 'quick-exit';
