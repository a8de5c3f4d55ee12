import { isSealedEnvelope, openBytes, openJson, sealBytes, sealJson } from './envelope';
import { EnvelopeOpenError } from './crypto-errors';
import { isSealedRow, rowAad, type SealedArtifactRow, type SealedMark, type SealedRow, type SealedTableSpec } from './sealed-tables';

type Row = Record<string, unknown>;

/**
 * Seals any row (or the known part of one: commitCapture seals the pending capture before its
 * transaction and adds the clear chain fields inside it). Needs only the public key.
 */
export async function sealRow(spec: SealedTableSpec, row: Row, recipient: CryptoKey): Promise<SealedRow> {
  const key = primaryKey(spec, row);
  if (isSealedRow(row)) throw new TypeError(`${spec.table} row ${key} is already sealed.`);
  const clear = pick(row, spec.clear);
  if (spec.kind === 'bytes') {
    const data = row.data;
    if (!(data instanceof Blob)) throw new TypeError(`${spec.table} row ${key} has no data to seal.`);
    const bytes = new Uint8Array(await data.arrayBuffer());
    return { ...clear, sealed: 1, mediaType: data.type, envelope: await sealBytes(bytes, recipient, rowAad(spec.table, key)) };
  }
  const body = omit(row, spec.clear);
  const envelope = await sealJson(body, recipient, rowAad(spec.table, key));
  return { ...clear, ...spec.indexStub?.(row), sealed: 1, envelope };
}

/** The plaintext row again, exactly as it was before sealing (byte rows get their Blob back). */
export async function openRow<T = Row>(spec: SealedTableSpec, sealed: SealedRow | SealedMark, privateKey: CryptoKey): Promise<T> {
  const row = sealed as SealedRow;
  const key = primaryKey(spec, row);
  if (!isSealedEnvelope(row.envelope)) throw new EnvelopeOpenError(`${spec.table} row ${key}`);
  const clear = pick(row, spec.clear);
  if (spec.kind === 'bytes') {
    const bytes = await openBytes(row.envelope, privateKey, rowAad(spec.table, key));
    return { ...clear, data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: row.mediaType ?? '' }) } as T;
  }
  const body = await openJson<Row>(row.envelope, privateKey, rowAad(spec.table, key));
  return { ...clear, ...body } as T;
}

/** For sealArtifact(): the capture already holds the bytes, so no Blob round trip. */
export async function sealArtifactRow(id: string, captureId: string, bytes: Uint8Array, mediaType: string, recipient: CryptoKey): Promise<SealedArtifactRow> {
  return { id, captureId, sealed: 1, mediaType, envelope: await sealBytes(bytes, recipient, rowAad('artifacts', id)) };
}

/** For readArtifact(): the bytes, without building a Blob first. */
export async function openArtifactBytes(row: SealedArtifactRow, privateKey: CryptoKey): Promise<Uint8Array> {
  return openBytes(row.envelope, privateKey, rowAad('artifacts', row.id));
}

function primaryKey(spec: SealedTableSpec, row: Row): string {
  const key = row[spec.key];
  if (typeof key !== 'string' || key === '') throw new TypeError(`A ${spec.table} row needs its ${spec.key} to be sealed or opened.`);
  return key;
}

function pick(row: Row, fields: readonly string[]): Row {
  const out: Row = {};
  for (const field of fields) if (row[field] !== undefined) out[field] = row[field];
  return out;
}

function omit(row: Row, fields: readonly string[]): Row {
  const out: Row = {};
  for (const [field, value] of Object.entries(row)) if (!fields.includes(field)) out[field] = value;
  return out;
}
