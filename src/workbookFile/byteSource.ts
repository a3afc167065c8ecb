/**
 * The bytes of a workbook file, read at any offset: what the zip reader needs of a file, so one reader
 * serves a file on disk (the checker's, src/cli/fileSource.ts), a File the task pane was given, and bytes
 * held in memory.
 */
export interface ByteSource {
  /** The file's length in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `offset`; fewer only where the file ends, none past its end. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/**
 * A Blob or File as a byte source: each read slices it, so the file is never held whole in memory.
 * @example const source = blobSource(new Blob([bytes])); await source.read(0, 4) // Uint8Array [0x50, 0x4b, 0x03, 0x04]
 */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => {
      const start = Math.min(offset, blob.size);
      return new Uint8Array(await blob.slice(start, Math.min(blob.size, start + length)).arrayBuffer());
    },
  };
}

/**
 * Bytes held in memory as a byte source (an annotated copy before it is written).
 * @example await bytesSource(new Uint8Array([1, 2, 3])).read(1, 5) // Uint8Array [2, 3]
 */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) =>
      Promise.resolve(bytes.subarray(Math.min(offset, bytes.length), offset + length)),
  };
}
