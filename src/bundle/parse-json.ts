export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Bundles come from strangers too: decode strictly and never let a parse error escape. */
export function parseJsonFile<T>(bytes: Uint8Array): Parsed<T> {
  try {
    const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'is not a JSON object' };
    return { ok: true, value: value as T };
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${(error as Error).message})` };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
