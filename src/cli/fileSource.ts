/**
 * A workbook file on disk as a byte source (workbookFile/byteSource.ts), read through a file handle: the
 * checker reads only the zip's directory and the parts it checks, never the whole file.
 */
import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import type { ByteSource } from "../workbookFile/byteSource";

/** A byte source over an open file, and the way to close it. */
export interface FileSource extends ByteSource {
  readonly close: () => Promise<void>;
}

/**
 * Opens a file for reading at any offset. Throws the file system's errors (ENOENT, EISDIR, EACCES …).
 * @example const file = await openFileSource("examples/マニフェストKPI一覧_R7-R10.xlsx"); file.size // 25312
 */
export async function openFileSource(path: string): Promise<FileSource> {
  const handle = await open(path, "r");
  try {
    return sourceOf(handle, (await handle.stat()).size);
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function sourceOf(handle: FileHandle, size: number): FileSource {
  return {
    size,
    read: async (offset, length) => {
      const wanted = Math.max(0, Math.min(length, size - offset));
      const buffer = new Uint8Array(wanted);
      let filled = 0;
      // A read may return fewer bytes than asked; only the end of the file stops it.
      while (filled < wanted) {
        const { bytesRead } = await handle.read(buffer, filled, wanted - filled, offset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === wanted ? buffer : buffer.subarray(0, filled);
    },
    close: () => handle.close(),
  };
}
