import { htmlSnapshot, type SnapshotRequest } from './html-snapshot';

/**
 * Injected on demand with scripting.executeScript, like the page-facts reader: it only defines a
 * function in the extension's isolated world, which the background then calls with the request.
 */
(globalThis as { __preserveHtmlSnapshot?: unknown }).__preserveHtmlSnapshot = (request: SnapshotRequest) => htmlSnapshot(document, request);
