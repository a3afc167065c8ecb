// 取りまとめ: the task pane checks the files departments send with the checker's own reader and check.
// The pane's path (checkWorkbookBlob over Blobs, DecompressionStream) against the checker's (checkFile over
// paths, a file handle), on the same 100 workbooks of 200 KPI rows; and the two inflaters the reader can
// use, zlib and DecompressionStream('deflate-raw'), on the examples and one generated workbook.
import { mkdtempSync, rmSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { checkFile } from "../src/cli/checkFiles";
import { bytesSource } from "../src/workbookFile/byteSource";
import { checkWorkbookBlob } from "../src/workbookFile";
import type { InflateRaw } from "../src/workbookFile/inflateRaw";
import { inflateRawWithStreams } from "../src/workbookFile/inflateRaw";
import { readWorkbookSource } from "../src/workbookFile/readWorkbookSource";
import { openZipSource } from "../src/workbookFile/xlsxZip";
import { writeWorkbooks } from "./cli.bench";
import { inflateRawWithZlib } from "./inflateRawWithZlib";

const EXAMPLES = path.join(__dirname, "..", "examples");
const OPTIONS = { asOf: "2025-11-21", locale: "ja" } as const;
const RUNS = 5;

/** Inflates every part of the zip: the inflater's own cost, nothing read from the XML. */
async function inflateAll(bytes: Uint8Array, inflate: InflateRaw): Promise<void> {
  const zip = await openZipSource(bytesSource(bytes), undefined, inflate);
  let characters = 0;
  for (const entry of zip.entries.values()) {
    for await (const text of zip.readPart(entry)) characters += text.length;
  }
  if (characters === 0) throw new Error("nothing inflated");
}

/**
 * Times two ways of doing the same work in turns (a, b, a, b …) and gives each one's median, so that load
 * from elsewhere on the machine falls on both alike.
 */
async function medianPair(
  a: () => Promise<void>,
  b: () => Promise<void>,
  runs = RUNS,
): Promise<readonly [number, number]> {
  await a();
  await b();
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run < runs; run++) {
    for (const [i, fn] of [a, b].entries()) {
      const start = performance.now();
      await fn();
      times[i as 0 | 1].push(performance.now() - start);
    }
  }
  const median = (t: number[]): number => t.sort((x, y) => x - y)[Math.floor(t.length / 2)] ?? 0;
  return [median(times[0]), median(times[1])];
}

const line = (label: string, value: string, note = ""): string =>
  `${label.padEnd(58)} ${value.padStart(14)}${note}`;

/** zlib against DecompressionStream on one workbook: every part inflated, and the sheets read. */
async function compareInflaters(name: string, bytes: Uint8Array, repeat: number): Promise<string[]> {
  const lines: string[] = [];
  const tasks = [
    ["inflate every part", (inflate: InflateRaw) => inflateAll(bytes, inflate)],
    [
      "read the sheets",
      async (inflate: InflateRaw) => {
        const read = await readWorkbookSource(bytesSource(bytes), name, { inflate });
        if (!read.ok) throw new Error(`${name}: ${read.issues[0]?.code}`);
      },
    ],
  ] as const;
  for (const [what, run] of tasks) {
    const times = (inflate: InflateRaw) => async (): Promise<void> => {
      for (let i = 0; i < repeat; i++) await run(inflate);
    };
    const [zlib, streams] = await medianPair(times(inflateRawWithZlib), times(inflateRawWithStreams), 9);
    lines.push(
      line(
        `${name}: ${what}`,
        `${(zlib / repeat).toFixed(2)} ms`,
        ` zlib, ${(streams / repeat).toFixed(2)} ms DecompressionStream: ${(streams / zlib).toFixed(2)}×`,
      ),
    );
  }
  return lines;
}

export async function benchCollect(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-collect-"));
  try {
    const files = await writeWorkbooks(dir);
    const lines: string[] = [
      "\n取りまとめ: the reader's two inflaters in Node, per workbook (median of 9 runs in turns)",
    ];
    for (const name of (await readdir(EXAMPLES)).filter((n) => n.endsWith(".xlsx")).sort()) {
      lines.push(...(await compareInflaters(name, await readFile(path.join(EXAMPLES, name)), 20)));
    }
    lines.push(...(await compareInflaters("generated, 200 KPI rows", await readFile(files[0] ?? ""), 20)));

    lines.push(`\n取りまとめ: ${files.length} workbooks × 200 KPI rows, the checker's path and the pane's`);
    const blobs = await Promise.all(files.map(async (file) => new Blob([await readFile(file)])));
    const [cli, pane] = await medianPair(
      async () => {
        for (const file of files) {
          const checked = await checkFile(file, OPTIONS);
          if (checked.report.error) throw new Error(`${file}: ${checked.report.error.message}`);
        }
      },
      async () => {
        for (const [i, blob] of blobs.entries()) {
          const report = await checkWorkbookBlob(blob, files[i] ?? "", OPTIONS);
          if (report.error) throw new Error(`${files[i]}: ${report.error.message}`);
        }
      },
    );
    const perSecond = (ms: number): string => `${Math.round((files.length / ms) * 1000)} workbooks/s`;
    lines.push(
      line(
        `checker: checkFile over ${files.length} paths`,
        perSecond(cli),
        `   (median ${cli.toFixed(1)} ms)`,
      ),
      line(
        `pane: checkWorkbookBlob over ${files.length} Blobs`,
        perSecond(pane),
        `   (median ${pane.toFixed(1)} ms)`,
      ),
      line("pane ÷ checker", `${(pane / cli).toFixed(2)}×`, "   (aim: at most 1.5×)"),
    );
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
