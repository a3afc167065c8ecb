// The task pane's collected files and the command-line checker's files are one check: for the same bytes,
// checkWorkbookBlob (a File, DecompressionStream) gives the report checkFile (a path, a file handle) gives.
import { openAsBlob } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkFile } from "../src/cli/checkFiles";
import { checkWorkbookBlob } from "../src/workbookFile";
import { goalBookBytes, withChart, withSheetName, withValidations } from "./hostileWorkbooks";
import { EXAMPLES } from "./runCheck";

const OPTIONS = { asOf: "2025-11-21", locale: "ja" } as const;

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "parity-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const examples = (await readdir(EXAMPLES)).filter((name) => name.endsWith(".xlsx"));

/** A file written for the case, from the bytes `make` gives. */
const written = (name: string, make: () => Promise<Uint8Array> | Uint8Array) => async (): Promise<string> => {
  const file = path.join(dir, name);
  await writeFile(file, await make());
  return file;
};
const goalBytes = (): Promise<Buffer> => readFile(path.join(EXAMPLES, examples[0] ?? ""));

/** A case: how to make the file, and the file-level issue both must report (none for the examples). */
type Case = readonly [string, () => Promise<string>, "file_unreadable" | undefined];

describe("checkWorkbookBlob and the checker's checkFile", () => {
  test.each<Case>([
    ...examples.map((name) => [name, async () => path.join(EXAMPLES, name), undefined] as Case),
    [
      "a goal sheet with a chart",
      written("グラフ.xlsx", async () => withChart(await goalBookBytes("総務部"))),
      undefined,
    ],
    [
      "a goal sheet with validations in an extension list",
      written("入力規則.xlsx", async () =>
        withValidations(await goalBookBytes("総務部"), {
          merge: "E4:F4",
          extension:
            '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="0"/></ext></extLst>',
        }),
      ),
      undefined,
    ],
    [
      "a sheet whose name Excel would refuse",
      written("シート名.xlsx", async () =>
        withSheetName(await goalBookBytes("総務部"), '重点\t目標 <&> "R7"'),
      ),
      undefined,
    ],
    [
      "a text file renamed .xlsx",
      written("メモ.xlsx", () => Buffer.from("期間・期限,数値目標\n")),
      "file_unreadable",
    ],
    [
      "an old .xls renamed .xlsx",
      written("旧形式.xlsx", () =>
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
      ),
      "file_unreadable",
    ],
    [
      "an encrypted part",
      written("暗号化.xlsx", async () => {
        const bytes = await goalBytes();
        // Every entry of the central directory marked encrypted.
        const central = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
        for (let at = bytes.indexOf(central); at >= 0; at = bytes.indexOf(central, at + 4)) {
          bytes.writeUInt16LE(bytes.readUInt16LE(at + 8) | 0x1, at + 8);
        }
        return bytes;
      }),
      "file_unreadable",
    ],
    [
      "a workbook cut short",
      written("途中まで.xlsx", async () => (await goalBytes()).subarray(0, -300)),
      "file_unreadable",
    ],
    [
      "damaged deflate data",
      written("破損.xlsx", async () => {
        const bytes = await goalBytes();
        // The workbook part's deflate data, just past its local header's name.
        const data = bytes.indexOf("xl/workbook.xml") + "xl/workbook.xml".length;
        bytes.fill(0xff, data, data + 40);
        return bytes;
      }),
      "file_unreadable",
    ],
  ])("give the same report for %s", async (_case, makeFile, error) => {
    const file = await makeFile();
    const cli = await checkFile(file, OPTIONS);
    expect(cli.report.error?.code).toBe(error);
    const pane = await checkWorkbookBlob(await openAsBlob(file), file, OPTIONS);
    expect(pane).toEqual(cli.report);
  });

  test("the examples are checked, not refused, so the comparison covers their rows and summaries", async () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const name of examples) {
      const report = await checkWorkbookBlob(await openAsBlob(path.join(EXAMPLES, name)), name, OPTIONS);
      expect(report.error).toBeUndefined();
      expect(report.sheets.some((s) => (s.summary?.items ?? 0) > 0)).toBe(true);
    }
  });
});
