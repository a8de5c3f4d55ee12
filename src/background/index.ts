import { registerListeners } from './listeners';

// MV3 only wakes a worker for events whose listeners exist on its first turn.
registerListeners();
