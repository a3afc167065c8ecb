/**
 * The checker's way into the zip of an .xlsx: the one reader of workbookFile/xlsxZip.ts over a file on
 * disk or bytes in memory, with the same guards and the same inflater (DecompressionStream) the task pane
 * reads its collected files with.
 */
import { bytesSource } from "../workbookFile/byteSource";
import type { XlsxZip as ZipParts, ZipLimits } from "../workbookFile/xlsxZip";
import { DEFAULT_ZIP_LIMITS, openZipSource } from "../workbookFile/xlsxZip";
import { openFileSource } from "./fileSource";

export type { ZipDamage, ZipEntry, ZipLimits, ZipRefusal } from "../workbookFile/xlsxZip";
export { DEFAULT_ZIP_LIMITS, ZipDamagedError, ZipRefusedError } from "../workbookFile/xlsxZip";

/** A zip opened from a file, with the file to close. */
export interface XlsxZip extends ZipParts {
  readonly close: () => Promise<void>;
}

/**
 * Opens a zip file by its central directory and judges it against the limits before anything is inflated.
 * Throws ZipDamagedError for a file that is not a readable zip and ZipRefusedError past a limit; other
 * errors (ENOENT, EIO …) are the file system's.
 */
export async function openXlsxZip(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<XlsxZip> {
  const file = await openFileSource(path);
  try {
    return { ...(await openZipSource(file, limits)), close: file.close };
  } catch (error) {
    await file.close();
    throw error;
  }
}

/**
 * The same reader over a zip held in memory (an annotated copy before it is written, compared part by part
 * with its original), with the same guards.
 */
export async function openZipBytes(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<XlsxZip> {
  return {
    ...(await openZipSource(bytesSource(bytes), limits)),
    close: async () => undefined,
  };
}
