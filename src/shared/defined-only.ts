/** Drops undefined fields, so objects built from browser APIs fit types with optional fields. */
export type DefinedOnly<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

export function definedOnly<T extends object>(object: T): DefinedOnly<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as DefinedOnly<T>;
}
