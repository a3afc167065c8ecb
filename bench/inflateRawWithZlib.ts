/**
 * Node's zlib as the zip reader's inflater (workbookFile/inflateRaw.ts), to measure against the
 * DecompressionStream the checker and the task pane both read with (collect.bench.ts).
 */
import { Readable, pipeline } from "node:stream";
import { createInflateRaw } from "node:zlib";
import type { InflateRaw } from "../src/workbookFile/inflateRaw";

/** Inflated bytes handed on at a time. */
const CHUNK = 64 * 1024;

/**
 * Inflates a raw deflate stream with zlib; leaving the loop early destroys the inflater and stops the reads.
 * @example for await (const piece of inflateRawWithZlib(chunksOf(part))) text += decoder.decode(piece, { stream: true })
 */
export const inflateRawWithZlib: InflateRaw = (compressed) => {
  const inflate = createInflateRaw({ chunkSize: CHUNK });
  // The pipeline passes the file's read errors on to the inflater, and its errors (bad data) to the loop.
  pipeline(Readable.from(compressed, { objectMode: false }), inflate, () => undefined);
  return inflate;
};
