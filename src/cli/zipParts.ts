/**
 * The parts of an .xlsx package (a zip), listed from its central directory, with a way to read one part.
 * The annotated copies are checked against their originals part by part, so the checker can say what a
 * copy would lose before writing it; ExcelJS does not expose the parts it skipped.
 * Zip layout: PKWARE's APPNOTE.TXT (end of central directory, central directory headers, zip64 extra).
 */
import { inflateRawSync } from "node:zlib";

export interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

export interface ZipPackage {
  readonly parts: readonly ZipPart[];
  /** A part's bytes; null when the part is absent, too large (over `limit` bytes) or unreadable. */
  read(name: string, limit?: number): Buffer | null;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A part read to compare copies is at most this large; a bigger one is not compared but refused. */
export const PART_LIMIT = 256 * 1024 * 1024;

/** Lists a zip's parts; null when the bytes are not a zip this reader understands. */
export function readZip(bytes: Buffer): ZipPackage | null {
  const directory = findDirectory(bytes);
  if (!directory) return null;
  const parts: ZipPart[] = [];
  let at = directory.offset;
  for (let i = 0; i < directory.entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const method = bytes.readUInt16LE(at + 10);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    let localHeaderOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    // Sizes and offset that do not fit 32 bits are in the zip64 extra field, in this order.
    const extraStart = at + 46 + nameLength;
    for (let e = extraStart; e + 4 <= extraStart + extraLength;) {
      const id = bytes.readUInt16LE(e);
      const length = bytes.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        if (size === 0xffffffff) ((size = Number(bytes.readBigUInt64LE(f))), (f += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = Number(bytes.readBigUInt64LE(f))), (f += 8));
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(bytes.readBigUInt64LE(f));
      }
      e += 4 + length;
    }
    parts.push({ name, method, compressedSize, size, localHeaderOffset });
    at = extraStart + extraLength + commentLength;
  }
  const byName = new Map(parts.map((p) => [p.name, p]));
  return {
    parts,
    read(name: string, limit = PART_LIMIT): Buffer | null {
      const part = byName.get(name);
      if (!part || part.size > limit) return null;
      const header = part.localHeaderOffset;
      if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL) return null;
      const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
      const data = bytes.subarray(start, start + part.compressedSize);
      try {
        if (part.method === 0) return data;
        if (part.method === 8) return inflateRawSync(data, { maxOutputLength: limit });
      } catch {
        return null;
      }
      return null;
    },
  };
}

function findDirectory(bytes: Buffer): { entries: number; offset: number } | null {
  // The end record is the last thing in the file, followed only by a comment of at most 65535 bytes.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) !== EOCD) continue;
    let entries = bytes.readUInt16LE(at + 10);
    let offset = bytes.readUInt32LE(at + 16);
    if (
      (entries === 0xffff || offset === 0xffffffff) &&
      at >= 20 &&
      bytes.readUInt32LE(at - 20) === ZIP64_LOCATOR
    ) {
      const end64 = Number(bytes.readBigUInt64LE(at - 20 + 8));
      if (end64 + 56 > bytes.length || bytes.readUInt32LE(end64) !== ZIP64_EOCD) return null;
      entries = Number(bytes.readBigUInt64LE(end64 + 32));
      offset = Number(bytes.readBigUInt64LE(end64 + 48));
    }
    return offset < bytes.length ? { entries, offset } : null;
  }
  return null;
}
