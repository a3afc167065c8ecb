/**
 * Inflating a zip part's raw deflate stream. The reader takes the inflater as a function, so that one
 * reader runs where Node's zlib is (the checker) and where only the browser's streams are (the task pane).
 */

/**
 * Inflates a raw deflate stream (RFC 1951), given as compressed chunks, into the bytes it holds, piece by
 * piece as they come. Pulls input only as output is taken, so leaving the loop early stops the work; a
 * stream that is not valid deflate, or is cut short, ends in an error.
 */
export type InflateRaw = (compressed: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

/**
 * The platform's own inflater, DecompressionStream('deflate-raw'): in Chrome and Edge 103+, Safari 16.4+,
 * Firefox 113+ and Node 20.
 */
export const inflateRawWithStreams: InflateRaw = async function* (compressed) {
  const chunks = compressed[Symbol.asyncIterator]();
  const input = new ReadableStream<BufferSource>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done === true) controller.close();
        // A chunk read from a file, never a view of shared memory.
        else controller.enqueue(next.value as Uint8Array<ArrayBuffer>);
      },
      async cancel() {
        await chunks.return?.();
      },
    },
    // Read the file only when the inflater asks for more.
    { highWaterMark: 0 },
  );
  const reader = input.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Left early (a limit passed, or the reading stopped): stop the pipe and the file reads behind it.
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
};

/**
 * Whether this browser can read workbook files: it has DecompressionStream and it accepts 'deflate-raw'
 * (Chrome and Edge 103+, Safari 16.4+). Without it the task pane cannot check files it is given.
 * @example supportsWorkbookFiles() // true in Edge 120, false in Safari 16.3
 */
export function supportsWorkbookFiles(): boolean {
  if (typeof DecompressionStream !== "function" || typeof Blob !== "function") return false;
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}
