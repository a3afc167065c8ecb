/**
 * The zip container of an .xlsx, read without trusting it: the central directory is inspected before
 * anything is inflated (entry count, declared sizes, compression ratios), and every part is inflated as a
 * stream whose bytes are counted, because a zip's declared sizes can lie. Nothing is held in memory but
 * the directory and the chunk being read.
 */
import { open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";

/** How much a workbook may hold before the checker refuses it. Documented in README.md. */
export interface ZipLimits {
  /** Entries in the zip's central directory. */
  readonly maxEntries: number;
  /** Uncompressed bytes of one part the checker reads (a sheet, the shared strings, the workbook). */
  readonly maxPartBytes: number;
  /** Declared uncompressed bytes of every entry together, read or not. */
  readonly maxTotalBytes: number;
  /** Uncompressed ÷ compressed bytes of an entry, judged once it passes `ratioGraceBytes`. */
  readonly maxRatio: number;
  readonly ratioGraceBytes: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxPartBytes: 256 * MIB,
  maxTotalBytes: 1024 * MIB,
  // Deflate cannot pass about 1032:1; worksheets Excel saves stay far below 200:1 (repeated XML).
  maxRatio: 500,
  ratioGraceBytes: 1 * MIB,
};

/** Why a zip is refused before or while it is inflated. */
export type ZipRefusal =
  | { readonly kind: "too_many_entries"; readonly count: number; readonly limit: number }
  | { readonly kind: "part_too_large"; readonly part: string; readonly bytes: number; readonly limit: number }
  | { readonly kind: "total_too_large"; readonly bytes: number; readonly limit: number }
  | { readonly kind: "ratio_too_high"; readonly part: string; readonly ratio: number; readonly limit: number }
  | { readonly kind: "size_mismatch"; readonly part: string; readonly declared: number };

/** What is wrong with a file that is not a zip this reader can open. */
export type ZipDamage = "not_zip" | "corrupt" | "encrypted" | "unsupported_method";

export class ZipRefusedError extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(`zip refused: ${refusal.kind}`);
  }
}

export class ZipDamagedError extends Error {
  constructor(
    readonly damage: ZipDamage,
    readonly detail: string,
  ) {
    super(`zip damaged: ${damage}: ${detail}`);
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export interface XlsxZip {
  /** Entries by part name, lower-cased (OPC part names compare case-insensitively). */
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** The part's text, chunk by chunk, as it is inflated; stops the inflation when the loop is left. */
  readonly readPart: (entry: ZipEntry) => AsyncGenerator<string>;
  readonly close: () => Promise<void>;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CHUNK = 64 * 1024;
/** Compressed bytes read at a time, so a part is counted while it inflates. */
const READ_CHUNK = 16 * 1024;

/**
 * Opens a zip by its central directory and judges it against the limits before anything is inflated.
 * Throws ZipDamagedError for a file that is not a readable zip and ZipRefusedError past a limit; other
 * errors (EIO …) are the file system's.
 */
export async function openXlsxZip(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<XlsxZip> {
  const handle = await open(path, "r");
  try {
    const size = (await handle.stat()).size;
    return await openSource(handle, size, limits, () => handle.close());
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * The same reader over a zip held in memory (an annotated copy before it is written, compared part by part
 * with its original), with the same guards.
 */
export async function openZipBytes(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<XlsxZip> {
  const source: ZipSource = {
    read: async (buffer, offset, length, position) => ({
      bytesRead: position >= bytes.length ? 0 : bytes.copy(buffer, offset, position, position + length),
    }),
  };
  return openSource(source, bytes.length, limits, async () => undefined);
}

/** What the reader needs of a file: FileHandle.read's shape, so a buffer can stand in for it. */
interface ZipSource {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

async function openSource(
  source: ZipSource,
  size: number,
  limits: ZipLimits,
  close: () => Promise<void>,
): Promise<XlsxZip> {
  const entries = await readCentralDirectory(source, size, limits);
  return { entries, readPart: (entry) => readEntry(source, size, entry, limits), close };
}

async function readAt(handle: ZipSource, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

async function readCentralDirectory(
  handle: ZipSource,
  size: number,
  limits: ZipLimits,
): Promise<Map<string, ZipEntry>> {
  if (size < EOCD_SIZE) throw new ZipDamagedError("not_zip", "shorter than a zip's end record");
  const tailStart = Math.max(0, size - EOCD_SIZE - MAX_COMMENT);
  const tail = await readAt(handle, tailStart, size - tailStart);
  let eocd = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    const head = await readAt(handle, 0, 4);
    // A file that starts as a zip but has no end record was cut short or damaged.
    const startsAsZip = head.length === 4 && head.readUInt32LE(0) === LOCAL_SIGNATURE;
    throw new ZipDamagedError(startsAsZip ? "corrupt" : "not_zip", "no end of central directory record");
  }
  let count = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = await readZip64End(handle, tailStart + eocd);
    count = zip64.count;
    directorySize = zip64.directorySize;
    directoryOffset = zip64.directoryOffset;
  }
  if (count > limits.maxEntries) {
    throw new ZipRefusedError({ kind: "too_many_entries", count, limit: limits.maxEntries });
  }
  if (directoryOffset + directorySize > size) {
    throw new ZipDamagedError("corrupt", "central directory beyond the end of the file");
  }
  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new ZipDamagedError("corrupt", "central directory entry damaged");
    }
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    let compressedSize = directory.readUInt32LE(at + 20);
    let uncompressedSize = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    let localHeaderOffset = directory.readUInt32LE(at + 42);
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise code page 437, which for OPC's ASCII part names reads the same.
    const name = nameBytes.toString(flags & 0x800 ? "utf8" : "latin1");
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    if (
      uncompressedSize === 0xffffffff ||
      compressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      const wide = readZip64Extra(extra, {
        uncompressed: uncompressedSize === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localHeaderOffset === 0xffffffff,
      });
      uncompressedSize = wide.uncompressed ?? uncompressedSize;
      compressedSize = wide.compressed ?? compressedSize;
      localHeaderOffset = wide.offset ?? localHeaderOffset;
    }
    at += 46 + nameLength + extraLength + commentLength;

    total += uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw new ZipRefusedError({ kind: "total_too_large", bytes: total, limit: limits.maxTotalBytes });
    }
    if (uncompressedSize > limits.ratioGraceBytes && uncompressedSize > compressedSize * limits.maxRatio) {
      throw new ZipRefusedError({
        kind: "ratio_too_high",
        part: name,
        ratio: Math.round(uncompressedSize / Math.max(1, compressedSize)),
        limit: limits.maxRatio,
      });
    }
    if (name.endsWith("/")) continue; // a folder entry
    entries.set(name.toLowerCase(), {
      name,
      method,
      flags,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
  }
  return entries;
}

async function readZip64End(
  handle: ZipSource,
  eocdPosition: number,
): Promise<{ count: number; directorySize: number; directoryOffset: number }> {
  const locator = await readAt(handle, eocdPosition - 20, 20);
  if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipDamagedError("corrupt", "zip64 end record missing");
  }
  const record = await readAt(handle, Number(locator.readBigUInt64LE(8)), 56);
  if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipDamagedError("corrupt", "zip64 end record damaged");
  }
  return {
    count: Number(record.readBigUInt64LE(32)),
    directorySize: Number(record.readBigUInt64LE(40)),
    directoryOffset: Number(record.readBigUInt64LE(48)),
  };
}

/** The zip64 extra field (0x0001) holds, in this order, only the sizes the header marked 0xFFFFFFFF. */
function readZip64Extra(
  extra: Buffer,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number | undefined => {
        if (field + 8 > at + 4 + length || field + 8 > extra.length) return undefined;
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      const uncompressed = wanted.uncompressed ? next() : undefined;
      const compressed = wanted.compressed ? next() : undefined;
      const offset = wanted.offset ? next() : undefined;
      return {
        ...(uncompressed !== undefined ? { uncompressed } : {}),
        ...(compressed !== undefined ? { compressed } : {}),
        ...(offset !== undefined ? { offset } : {}),
      };
    }
    at += 4 + length;
  }
  throw new ZipDamagedError("corrupt", "zip64 sizes missing");
}

/**
 * One part's text as it inflates. The bytes are counted against the declared size (a part that inflates
 * to more than its directory entry says is refused), the part limit and the compression ratio.
 */
async function* readEntry(
  handle: ZipSource,
  fileSize: number,
  entry: ZipEntry,
  limits: ZipLimits,
): AsyncGenerator<string> {
  if (entry.flags & 0x1) throw new ZipDamagedError("encrypted", entry.name);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipDamagedError("unsupported_method", `${entry.name}: method ${entry.method}`);
  }
  if (entry.uncompressedSize > limits.maxPartBytes) {
    throw new ZipRefusedError({
      kind: "part_too_large",
      part: entry.name,
      bytes: entry.uncompressedSize,
      limit: limits.maxPartBytes,
    });
  }
  const local = await readAt(handle, entry.localHeaderOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIGNATURE) {
    throw new ZipDamagedError("corrupt", `${entry.name}: local header damaged`);
  }
  const dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (dataStart + entry.compressedSize > fileSize) {
    throw new ZipDamagedError("corrupt", `${entry.name}: data beyond the end of the file`);
  }

  const decoder = new TextDecoder("utf-8", { fatal: false });
  const inflate = entry.method === 8 ? createInflateRaw({ chunkSize: CHUNK }) : null;
  const counter: Counter = { inflated: 0, failure: null };
  const count = (bytes: number): Error | null => {
    counter.inflated += bytes;
    // A part that inflates past its declared size is lying about itself: stop before it costs memory.
    if (counter.inflated > entry.uncompressedSize) {
      return new ZipRefusedError({
        kind: "size_mismatch",
        part: entry.name,
        declared: entry.uncompressedSize,
      });
    }
    if (
      counter.inflated > limits.ratioGraceBytes &&
      counter.inflated > entry.compressedSize * limits.maxRatio
    ) {
      return new ZipRefusedError({
        kind: "ratio_too_high",
        part: entry.name,
        ratio: Math.round(counter.inflated / Math.max(1, entry.compressedSize)),
        limit: limits.maxRatio,
      });
    }
    return null;
  };

  try {
    for (let position = dataStart, end = dataStart + entry.compressedSize; position < end;) {
      const raw = await readAt(handle, position, Math.min(READ_CHUNK, end - position));
      if (raw.length === 0) throw new ZipDamagedError("corrupt", `${entry.name}: file ends early`);
      position += raw.length;
      const pieces =
        inflate === null
          ? countStored(raw, count, counter)
          : await inflateChunk(inflate, raw, position === end, count, counter);
      if (counter.failure !== null) throw counter.failure;
      for (const piece of pieces) {
        const text = decoder.decode(piece, { stream: true });
        if (text !== "") yield text;
      }
    }
    if (counter.inflated !== entry.uncompressedSize) {
      throw new ZipDamagedError(
        "corrupt",
        `${entry.name}: ${counter.inflated} bytes, ${entry.uncompressedSize} declared`,
      );
    }
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  } finally {
    inflate?.destroy();
  }
}

interface Counter {
  inflated: number;
  failure: Error | null;
}

function countStored(raw: Buffer, count: (bytes: number) => Error | null, counter: Counter): Buffer[] {
  counter.failure = count(raw.length);
  return counter.failure === null ? [raw] : [];
}

/**
 * Feeds one compressed chunk to the inflater and collects what comes out, counting each piece as it
 * comes: past a limit the inflater is stopped there, so a bomb costs at most one piece of memory.
 */
function inflateChunk(
  inflate: ReturnType<typeof createInflateRaw>,
  raw: Buffer,
  last: boolean,
  count: (bytes: number) => Error | null,
  counter: Counter,
): Promise<Buffer[]> {
  return new Promise((resolve) => {
    const pieces: Buffer[] = [];
    const finish = (): void => {
      inflate.off("data", onData);
      inflate.off("error", onError);
      inflate.off("end", finish);
      resolve(pieces);
    };
    const onData = (piece: Buffer): void => {
      if (counter.failure !== null) return;
      counter.failure = count(piece.length);
      if (counter.failure === null) pieces.push(piece);
      else {
        pieces.length = 0;
        finish();
      }
    };
    const onError = (error: Error): void => {
      counter.failure ??= new ZipDamagedError("corrupt", error.message);
      finish();
    };
    inflate.on("data", onData);
    inflate.on("error", onError);
    if (last) {
      inflate.on("end", finish);
      inflate.end(raw);
    } else {
      // zlib calls back once it has taken the whole chunk, after emitting its output.
      inflate.write(raw, () => finish());
    }
  });
}
