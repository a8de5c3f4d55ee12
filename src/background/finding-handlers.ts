import { imageHandlers } from './image-handlers';
import { monitorHandlers } from './monitor-handlers';

/** Finding copies (issue #12): the person's images as hashes, matched on pages; watched links. */
export const findingHandlers = { ...imageHandlers, ...monitorHandlers };
