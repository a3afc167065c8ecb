/**
 * The parts of an .xlsx package held in memory, with a way to read one part's text. The annotated copies
 * are checked against their originals part by part, so the checker can say what a copy would lose before
 * writing it; ExcelJS does not expose the parts it skipped. Read with the checker's one zip reader
 * (xlsxZip.ts), under the same guards as the workbooks it checks.
 */
import type { ZipLimits } from "./xlsxZip";
import { DEFAULT_ZIP_LIMITS, ZipDamagedError, ZipRefusedError, openZipBytes } from "./xlsxZip";

export interface ZipPart {
  readonly name: string;
}

export interface ZipPackage {
  readonly parts: readonly ZipPart[];
  /** A part's text; null when the part is absent, too large (over `limit` bytes) or unreadable. */
  read(name: string, limit?: number): Promise<string | null>;
}

/** A part read to compare copies is at most this large; a bigger one is not compared but refused. */
export const PART_LIMIT = DEFAULT_ZIP_LIMITS.maxPartBytes;

/** Lists a zip's parts; null when the bytes are not a zip the checker can read. */
export async function readZip(bytes: Buffer): Promise<ZipPackage | null> {
  const zip = await openZipBytes(bytes).catch(unlessZipError);
  if (zip === null) return null;
  const byName = new Map([...zip.entries.values()].map((entry) => [entry.name, entry]));
  return {
    parts: [...byName.keys()].map((name) => ({ name })),
    async read(name: string, limit = PART_LIMIT): Promise<string | null> {
      const entry = byName.get(name);
      if (entry === undefined || entry.uncompressedSize > limit) return null;
      const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxPartBytes: limit };
      const source = await openZipBytes(bytes, limits).catch(unlessZipError);
      if (source === null) return null;
      try {
        let text = "";
        for await (const chunk of source.readPart(entry)) text += chunk;
        return text;
      } catch (error) {
        return unlessZipError(error);
      }
    },
  };
}

/** A zip the reader refuses or finds damaged is "not readable" here; anything else is a real failure. */
function unlessZipError(error: unknown): null {
  if (error instanceof ZipDamagedError || error instanceof ZipRefusedError) return null;
  throw error;
}
