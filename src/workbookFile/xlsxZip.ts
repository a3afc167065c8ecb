/**
 * The zip container of an .xlsx, read without trusting it: the central directory is inspected before
 * anything is inflated (entry count, declared sizes, compression ratios), and every part is inflated as a
 * stream whose bytes are counted, because a zip's declared sizes can lie. Nothing is held in memory but
 * the directory and the chunk being read. The file comes as a ByteSource and the inflater as a function,
 * so the checker and the task pane read with this one reader under the same limits.
 */
import type { ByteSource } from "./byteSource";
import type { InflateRaw } from "./inflateRaw";
import { inflateRawWithStreams } from "./inflateRaw";

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
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Compressed bytes read at a time, so a part is counted while it inflates. */
const READ_CHUNK = 16 * 1024;

/**
 * Opens a zip by its central directory and judges it against the limits before anything is inflated.
 * Throws ZipDamagedError for a file that is not a readable zip and ZipRefusedError past a limit; other
 * errors are the byte source's (a file that cannot be read any more).
 * @example const zip = await openZipSource(blobSource(file)); zip.entries.get("xl/workbook.xml")
 * // { name: "xl/workbook.xml", method: 8, compressedSize: 612, uncompressedSize: 1389, … }
 */
export async function openZipSource(
  source: ByteSource,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  inflate: InflateRaw = inflateRawWithStreams,
): Promise<XlsxZip> {
  const entries = await readCentralDirectory(source, limits);
  return { entries, readPart: (entry) => readEntry(source, entry, limits, inflate) };
}

const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number): number => (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
const u64 = (bytes: Uint8Array, at: number): number => u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;

/** A zip name: UTF-8 with flag bit 11, else code page 437, which for OPC's ASCII part names reads the same. */
function nameOf(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder("utf-8").decode(bytes);
  let name = "";
  for (const byte of bytes) name += String.fromCharCode(byte);
  return name;
}

async function readCentralDirectory(source: ByteSource, limits: ZipLimits): Promise<Map<string, ZipEntry>> {
  const size = source.size;
  if (size < EOCD_SIZE) throw new ZipDamagedError("not_zip", "shorter than a zip's end record");
  const tailStart = Math.max(0, size - EOCD_SIZE - MAX_COMMENT);
  const tail = await source.read(tailStart, size - tailStart);
  let eocd = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (u32(tail, i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    const head = await source.read(0, 4);
    // A file that starts as a zip but has no end record was cut short or damaged.
    const startsAsZip = head.length === 4 && u32(head, 0) === LOCAL_SIGNATURE;
    throw new ZipDamagedError(startsAsZip ? "corrupt" : "not_zip", "no end of central directory record");
  }
  let count = u16(tail, eocd + 10);
  let directorySize = u32(tail, eocd + 12);
  let directoryOffset = u32(tail, eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = await readZip64End(source, tailStart + eocd);
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
  const directory = await source.read(directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || u32(directory, at) !== CENTRAL_SIGNATURE) {
      throw new ZipDamagedError("corrupt", "central directory entry damaged");
    }
    const flags = u16(directory, at + 8);
    const method = u16(directory, at + 10);
    let compressedSize = u32(directory, at + 20);
    let uncompressedSize = u32(directory, at + 24);
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const commentLength = u16(directory, at + 32);
    let localHeaderOffset = u32(directory, at + 42);
    const name = nameOf(directory.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
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
  source: ByteSource,
  eocdPosition: number,
): Promise<{ count: number; directorySize: number; directoryOffset: number }> {
  const locator = await source.read(Math.max(0, eocdPosition - 20), 20);
  if (eocdPosition < 20 || locator.length < 20 || u32(locator, 0) !== ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipDamagedError("corrupt", "zip64 end record missing");
  }
  const record = await source.read(u64(locator, 8), 56);
  if (record.length < 56 || u32(record, 0) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipDamagedError("corrupt", "zip64 end record damaged");
  }
  return {
    count: u64(record, 32),
    directorySize: u64(record, 40),
    directoryOffset: u64(record, 48),
  };
}

/** The zip64 extra field (0x0001) holds, in this order, only the sizes the header marked 0xFFFFFFFF. */
function readZip64Extra(
  extra: Uint8Array,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number | undefined => {
        if (field + 8 > at + 4 + length || field + 8 > extra.length) return undefined;
        const value = u64(extra, field);
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
 * to more than its directory entry says is refused), the part limit and the compression ratio; past one,
 * the inflation stops there, so a bomb costs at most one piece of memory.
 */
async function* readEntry(
  source: ByteSource,
  entry: ZipEntry,
  limits: ZipLimits,
  inflate: InflateRaw,
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
  const local = await source.read(entry.localHeaderOffset, 30);
  if (local.length < 30 || u32(local, 0) !== LOCAL_SIGNATURE) {
    throw new ZipDamagedError("corrupt", `${entry.name}: local header damaged`);
  }
  const dataStart = entry.localHeaderOffset + 30 + u16(local, 26) + u16(local, 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > source.size) {
    throw new ZipDamagedError("corrupt", `${entry.name}: data beyond the end of the file`);
  }

  // An error reading the file is the file's, not damage in the deflate data: it is passed on as it is.
  let readFailure: { error: unknown } | null = null;
  async function* compressed(): AsyncGenerator<Uint8Array> {
    for (let position = dataStart; position < dataEnd;) {
      let raw: Uint8Array;
      try {
        raw = await source.read(position, Math.min(READ_CHUNK, dataEnd - position));
        if (raw.length === 0) throw new ZipDamagedError("corrupt", `${entry.name}: file ends early`);
      } catch (error) {
        readFailure = { error };
        throw error;
      }
      position += raw.length;
      yield raw;
    }
  }

  const decoder = new TextDecoder("utf-8", { fatal: false });
  let inflated = 0;
  try {
    for await (const piece of entry.method === 8 ? inflate(compressed()) : compressed()) {
      inflated += piece.length;
      // A part that inflates past its declared size is lying about itself: stop before it costs memory.
      if (inflated > entry.uncompressedSize) {
        throw new ZipRefusedError({
          kind: "size_mismatch",
          part: entry.name,
          declared: entry.uncompressedSize,
        });
      }
      if (inflated > limits.ratioGraceBytes && inflated > entry.compressedSize * limits.maxRatio) {
        throw new ZipRefusedError({
          kind: "ratio_too_high",
          part: entry.name,
          ratio: Math.round(inflated / Math.max(1, entry.compressedSize)),
          limit: limits.maxRatio,
        });
      }
      const text = decoder.decode(piece, { stream: true });
      if (text !== "") yield text;
    }
  } catch (error) {
    if (error instanceof ZipRefusedError || error instanceof ZipDamagedError) throw error;
    const failure = readFailure as { error: unknown } | null;
    if (failure !== null) throw failure.error;
    // The inflater's own error: the deflate data is damaged or cut short.
    throw new ZipDamagedError("corrupt", error instanceof Error ? error.message : String(error));
  }
  if (inflated !== entry.uncompressedSize) {
    throw new ZipDamagedError(
      "corrupt",
      `${entry.name}: ${inflated} bytes, ${entry.uncompressedSize} declared`,
    );
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}
