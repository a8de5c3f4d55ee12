import { createContext } from 'preact';

/** Whether images start blurred; the person's setting, provided by each page at its root. */
export const VeilImagesByDefault = createContext(true);
