import * as v from 'valibot';
import { describeIssues } from './bundle-schemas';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Deeper than any file Preserve writes (capture records nest about six levels); keeps validation off the stack limit. */
const MAX_DEPTH = 32;

/** Bundles come from strangers too: decode strictly, validate against the file's schema, and never let an error escape. */
export function parseJsonFile<S extends v.GenericSchema>(bytes: Uint8Array, schema: S): Parsed<v.InferOutput<S>> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${(error as Error).message.slice(0, 160)})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'is not a JSON object' };
  if (depth(value) > MAX_DEPTH) return { ok: false, message: `nests deeper than ${MAX_DEPTH} levels` };
  const result = v.safeParse(schema, value);
  if (!result.success) return { ok: false, message: `is not in the expected form: ${describeIssues(result.issues)}` };
  return { ok: true, value: result.output };
}

/** Iterative, so a hostile file cannot overflow the stack while we measure it. */
function depth(root: object): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, level] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, level);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(value)) stack.push([child, level + 1]);
  }
  return deepest;
}
