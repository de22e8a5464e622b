/**
 * A ZIP archive opened with a byte budget: the central directory is read by hand (it is a short table
 * of fixed-size records) and each entry is inflated in small steps with fflate, counting what comes out,
 * so a zip bomb stops at the budget instead of filling memory. Nothing else reads a workbook's parts
 * before they pass through here. Runtime-agnostic (typed arrays only), so the page can load it.
 *
 * Refused: archives that are not ZIP files, ZIP64 (no workbook a person fills in comes near 4 GB),
 * encrypted entries, compression methods other than stored and deflate, and entries whose inflated size
 * is larger than the directory declares.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  /** As the directory declares it; inflating more than this is refused. */
  size: number;
  /** Offset of the local header. */
  offset: number;
  encrypted: boolean;
}

export type ZipProblem =
  | { kind: 'not-zip'; message: string }
  | { kind: 'damaged'; message: string }
  | { kind: 'encrypted'; message: string }
  | { kind: 'over-budget'; entry: string; message: string };

export type ZipResult<T> = { ok: true; value: T } | { ok: false; problem: ZipProblem };

/** What may still be inflated, shared by every entry of one archive. */
export interface InflateBudget {
  remaining: number;
  readonly total: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of at most 65535. */
const END_SEARCH = 22 + 0xffff;
/** Compressed bytes pushed at a time: deflate expands at most about 1032 times, so one step yields at most ~4 MB. */
const STEP = 4096;
/** A ZIP whose directory lists more entries than this is not a workbook a person made. */
const MAX_ENTRIES = 10_000;

const u16 = (bytes: Uint8Array, at: number): number => bytes[at]! | (bytes[at + 1]! << 8);
const u32 = (bytes: Uint8Array, at: number): number => (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;

const damaged = (message: string): ZipResult<never> => ({ ok: false, problem: { kind: 'damaged', message } });

/** Whether the bytes start like a ZIP archive (a local header, or the end record of an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && (u32(bytes, 0) === LOCAL_HEADER || u32(bytes, 0) === END_OF_DIRECTORY);
}

/** The entries of the archive's central directory, by name. */
export function readZipDirectory(bytes: Uint8Array): ZipResult<Map<string, ZipEntry>> {
  if (!looksLikeZip(bytes)) return { ok: false, problem: { kind: 'not-zip', message: 'the file is not a ZIP archive' } };
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return damaged('the ZIP archive has no central directory (the file is truncated or damaged)');
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) return damaged('the archive is a ZIP64 archive, which no workbook of this size needs');
  if (count > MAX_ENTRIES) return damaged(`the archive lists ${count} entries, more than the ${MAX_ENTRIES} a workbook could need`);
  if (directoryOffset + directorySize > end) return damaged('the ZIP central directory points outside the file (the file is truncated or damaged)');
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || u32(bytes, at) !== CENTRAL_HEADER) return damaged('the ZIP central directory is damaged');
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > end) return damaged('the ZIP central directory is damaged');
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
      encrypted: (flags & 1) === 1,
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.offset === 0xffffffff) return damaged('the archive is a ZIP64 archive, which no workbook of this size needs');
    entries.set(entry.name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, value: entries };
}

/** A new budget of `total` inflated bytes. */
export function inflateBudget(total: number): InflateBudget {
  return { remaining: total, total };
}

class OverBudget extends Error {}

/** The entry's bytes, inflated within the budget (which it then draws down). */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): ZipResult<Uint8Array> {
  if (entry.encrypted) return { ok: false, problem: { kind: 'encrypted', message: `the part ${entry.name} is encrypted` } };
  const overBudget = (): ZipResult<never> => ({
    ok: false,
    problem: { kind: 'over-budget', entry: entry.name, message: `the workbook unpacks to more than ${budget.total} bytes (at ${entry.name})` },
  });
  if (entry.size > budget.remaining) return overBudget();
  if (entry.offset + 30 > bytes.length || u32(bytes, entry.offset) !== LOCAL_HEADER) return damaged(`the ZIP entry ${entry.name} is damaged`);
  const start = entry.offset + 30 + u16(bytes, entry.offset + 26) + u16(bytes, entry.offset + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) return damaged(`the ZIP entry ${entry.name} is cut short (the file is truncated)`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return damaged(`the ZIP entry ${entry.name} is damaged`);
    budget.remaining -= data.length;
    return { ok: true, value: data.slice() };
  }
  if (entry.method !== 8) return damaged(`the ZIP entry ${entry.name} uses compression method ${entry.method}, which workbooks do not use`);
  // Never more than the declared size, which the budget has already capped: a bomb that lies about its
  // size stops there too.
  const out = new Uint8Array(entry.size);
  let written = 0;
  let finished = false;
  const inflate = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) throw new OverBudget();
    out.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, Math.min(at + STEP, data.length)), at + STEP >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof OverBudget) return damaged(`the ZIP entry ${entry.name} unpacks to more than the ${entry.size} bytes its directory declares`);
    return damaged(`the ZIP entry ${entry.name} cannot be unpacked (the data is damaged)`);
  }
  if (!finished || written !== entry.size) return damaged(`the ZIP entry ${entry.name} is incomplete (the data is damaged)`);
  budget.remaining -= written;
  return { ok: true, value: out };
}
