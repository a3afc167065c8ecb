import { openAsBlob } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, test } from "vitest";
import { writeZip } from "../../test/xlsxFixtures";
import { blobSource } from "../workbookFile/byteSource";
import { openZipSource } from "../workbookFile/xlsxZip";
import type { XlsxZip, ZipLimits } from "./xlsxZip";
import { DEFAULT_ZIP_LIMITS, ZipDamagedError, ZipRefusedError, openXlsxZip } from "./xlsxZip";

/** The task pane's way in: the file's bytes as a Blob, read by the same reader. */
async function openBlobZip(file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<XlsxZip> {
  const zip = await openZipSource(blobSource(await openAsBlob(file)), limits);
  return { ...zip, close: async () => undefined };
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "xlsxZip-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function textOf(zip: XlsxZip, name: string): Promise<string> {
  const entry = zip.entries.get(name.toLowerCase());
  if (entry === undefined) throw new Error(`no ${name}`);
  let text = "";
  for await (const chunk of zip.readPart(entry)) text += chunk;
  return text;
}

/** A zip of one part, its bytes changed by `patch` (offsets into the file). */
async function patched(name: string, patch: (bytes: Buffer) => void, stored = false): Promise<string> {
  const file = path.join(dir, name);
  writeZip(file, [{ name: "xl/workbook.xml", chunks: ["<workbook>令和7年度</workbook>"], stored }]);
  const bytes = await readFile(file);
  patch(bytes);
  await writeFile(file, bytes);
  return file;
}

const CENTRAL = (bytes: Buffer): number => bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));

describe.each([
  ["from a path", openXlsxZip],
  ["from a Blob", openBlobZip],
] as const)("openXlsxZip %s", (_way, openXlsxZip) => {
  it("gives each part's text, deflated or stored, by its name in any case", async () => {
    const file = path.join(dir, "parts.zip");
    const long = "重点目標".repeat(50_000);
    writeZip(file, [
      { name: "xl/Workbook.xml", chunks: ["<workbook/>"] },
      { name: "xl/sharedStrings.xml", chunks: [long.slice(0, 70_001), long.slice(70_001)] },
      { name: "stored.txt", chunks: ["そのまま"], stored: true },
    ]);
    const zip = await openXlsxZip(file);
    try {
      expect([...zip.entries.keys()]).toEqual(["xl/workbook.xml", "xl/sharedstrings.xml", "stored.txt"]);
      expect(await textOf(zip, "xl/workbook.xml")).toBe("<workbook/>");
      // Multi-byte characters cut between chunks come out whole.
      expect(await textOf(zip, "xl/sharedStrings.xml")).toBe(long);
      expect(await textOf(zip, "stored.txt")).toBe("そのまま");
    } finally {
      await zip.close();
    }
  });

  test.each([
    ["an empty file", "not_zip", () => Buffer.alloc(0)],
    ["a text file", "not_zip", () => Buffer.from("期間・期限,数値目標\n".repeat(10))],
  ] as const)("throws ZipDamagedError for %s", async (_case, damage, bytes) => {
    const file = path.join(dir, `${damage}-${bytes().length}.zip`);
    await writeFile(file, bytes());
    await expect(openXlsxZip(file)).rejects.toMatchObject({ damage });
  });

  it("throws ZipDamagedError (corrupt) for a zip cut short", async () => {
    const file = await patched("cut.zip", () => {});
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 30));
    await expect(openXlsxZip(file)).rejects.toMatchObject({ damage: "corrupt" });
  });

  test.each([
    ["an encrypted part", "encrypted", (b: Buffer) => b.writeUInt16LE(0x0809, CENTRAL(b) + 8)],
    [
      "a compression method other than deflate",
      "unsupported_method",
      (b: Buffer) => b.writeUInt16LE(12, CENTRAL(b) + 10),
    ],
    ["a damaged local header", "corrupt", (b: Buffer) => b.writeUInt32LE(0, 0)],
    ["damaged deflate data", "corrupt", (b: Buffer) => b.fill(0xff, 60, 70)],
    ["a part shorter than it declares", "corrupt", (b: Buffer) => b.writeUInt32LE(9999, CENTRAL(b) + 24)],
  ] as const)("throws ZipDamagedError when reading %s", async (_case, damage, patch) => {
    const zip = await openXlsxZip(await patched(`${damage}.zip`, patch));
    try {
      const error = await textOf(zip, "xl/workbook.xml").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZipDamagedError);
      expect(error).toMatchObject({ damage });
    } finally {
      await zip.close();
    }
  });

  it("refuses a stored part that is longer than it declares", async () => {
    const zip = await openXlsxZip(
      await patched("stored-liar.zip", (b) => b.writeUInt32LE(3, CENTRAL(b) + 24), true),
    );
    try {
      await expect(textOf(zip, "xl/workbook.xml")).rejects.toMatchObject({
        refusal: { kind: "size_mismatch", part: "xl/workbook.xml", declared: 3 },
      });
    } finally {
      await zip.close();
    }
  });

  it("refuses a part over the part limit when it is read, not when the zip is opened", async () => {
    const file = path.join(dir, "part-limit.zip");
    writeZip(file, [{ name: "xl/worksheets/sheet1.xml", chunks: ["<worksheet/>".repeat(100)] }]);
    const zip = await openXlsxZip(file, { ...DEFAULT_ZIP_LIMITS, maxPartBytes: 1000 });
    try {
      const error = await textOf(zip, "xl/worksheets/sheet1.xml").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZipRefusedError);
      expect(error).toMatchObject({ refusal: { kind: "part_too_large", bytes: 1200, limit: 1000 } });
    } finally {
      await zip.close();
    }
  });
});
