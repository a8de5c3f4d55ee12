export interface StorageStatus {
  usedBytes: number | null;
  /** Whether the browser promised not to clear this store under storage pressure. */
  persisted: boolean | null;
}

/** Asks once for persistent storage and reports the space used; never throws. */
export async function storageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  if (!storage) return { usedBytes: null, persisted: null };
  const persisted = (await storage.persisted?.().catch(() => false)) || (await storage.persist?.().catch(() => false)) || false;
  const estimate = await storage.estimate?.().catch(() => null);
  return { usedBytes: estimate?.usage ?? null, persisted };
}
