import { runScrollCommand, type ScrollCommand } from './scroll-page';

/**
 * Injected on demand with scripting.executeScript, like the page-facts reader: it only defines a
 * function in the extension's isolated world, which the background then calls step by step.
 */
(globalThis as { __preserveScrollPage?: unknown }).__preserveScrollPage = (command: ScrollCommand) => runScrollCommand(command);
