/**
 * Preserve's canonical JSON (format id "preserve-cjson/1"), used wherever a record is hashed.
 *
 * It is RFC 8785 (JCS) restricted to the values our records hold, so any JCS library can
 * re-derive a hash without Preserve:
 * - object keys sorted by UTF-16 code units, no whitespace anywhere;
 * - properties whose value is `undefined` are left out (as JSON.stringify does);
 * - strings escaped as JSON.stringify escapes them (which is what JCS prescribes);
 * - numbers must be finite and are written as JSON.stringify writes them;
 * - only plain objects, arrays, strings, finite numbers, booleans and null are allowed.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Cannot hash ${path}: ${value} is not a finite number`);
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? writeArray(value, path) : writeObject(value as Record<string, unknown>, path);
    default:
      throw new TypeError(`Cannot hash ${path}: ${typeof value} values have no canonical form`);
  }
}

function writeArray(items: unknown[], path: string): string {
  return `[${items.map((item, i) => (item === undefined ? 'null' : write(item, `${path}[${i}]`))).join(',')}]`;
}

function writeObject(object: Record<string, unknown>, path: string): string {
  const prototype = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`Cannot hash ${path}: only plain objects have a canonical form`);
  }
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort(compareCodeUnits);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${write(object[key], `${path}.${key}`)}`).join(',')}}`;
}

/** JCS sorts by UTF-16 code units, which is what `<` on JS strings compares. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
