// The parts of the checker's --annotate that decide names and compare packages, on their own.
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it, test } from "vitest";
import { findCopyLosses } from "../src/cli/compareCopy";
import { nameCopies } from "../src/cli/planCopies";
import { readZip } from "../src/cli/zipParts";
import { goalBookBytes, withChart, withValidations } from "./hostileWorkbooks";

describe("nameCopies", () => {
  const root = path.resolve("/提出");
  test.each([
    [
      ["総務部/X.xlsx", "企画課/Y.xlsx"],
      ["X.xlsx", "Y.xlsx"],
    ],
    [
      ["X.xlsx", "総務部/X.xlsx"],
      ["提出_X.xlsx", "総務部_X.xlsx"],
    ],
    [
      ["a/総務部/X.xlsx", "b/総務部/X.xlsx"],
      ["a_総務部_X.xlsx", "b_総務部_X.xlsx"],
    ],
    [
      ["総務部/X.xlsx", "企画課/x.XLSX"],
      ["総務部_X.xlsx", "企画課_x.XLSX"],
    ],
    // NFD (as macOS writes names) and NFC are one name.
    [
      ["総務部/が.xlsx", "企画課/か\u3099.xlsx"],
      ["総務部_が.xlsx", "企画課_か\u3099.xlsx"],
    ],
  ])("names %j as %j", (inputs, names) => {
    const full = inputs.map((i) => path.join(root, i));
    expect(full.map((f) => nameCopies(full).get(f))).toEqual(names);
  });

  it("gives no name to inputs it cannot tell apart (one folder, names differing in case)", () => {
    const full = [path.join(root, "X.xlsx"), path.join(root, "x.xlsx")];
    expect([...nameCopies(full).keys()]).toEqual([]);
  });
});

describe("readZip", () => {
  test.each([
    ["empty", Buffer.alloc(0)],
    ["text", Buffer.from("期間・期限,数値目標\n")],
    ["a truncated zip", Buffer.from("PK\u0003\u0004 truncated")],
  ])("reads %s as no zip", async (_, bytes) => {
    expect(await readZip(bytes)).toBeNull();
  });

  it("lists a workbook's parts and reads one", async () => {
    const zip = await readZip(await goalBookBytes("総務部"));
    expect(zip?.parts.map((p) => p.name)).toContain("xl/workbook.xml");
    expect(await zip?.read("xl/workbook.xml")).toContain('name="重点目標"');
    expect(await zip?.read("xl/missing.xml")).toBeNull();
    expect(await zip?.read("xl/workbook.xml", 10)).toBeNull(); // larger than allowed
  });
});

describe("findCopyLosses", () => {
  async function roundTrip(bytes: Buffer): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return Buffer.from(await book.xlsx.writeBuffer());
  }
  const losses = async (bytes: Buffer) => {
    const original = await readZip(bytes);
    const copy = await readZip(await roundTrip(bytes));
    if (!original || !copy) throw new Error("not a zip");
    return findCopyLosses(original, copy);
  };

  it("finds nothing lost in a plain workbook, nor in one with a picture ExcelJS keeps", async () => {
    expect(await losses(await goalBookBytes("総務部"))).toEqual([]);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("写真");
    const png =
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e0a6d3b70000000049454e44ae426082";
    sheet.addImage(
      book.addImage({ buffer: Buffer.from(png, "hex") as unknown as ExcelJS.Buffer, extension: "png" }),
      "B2:D6",
    );
    expect(await losses(Buffer.from(await book.xlsx.writeBuffer()))).toEqual([]);
  });

  it("names a chart ExcelJS drops", async () => {
    expect(await losses(await withChart(await goalBookBytes("総務部")))).toContainEqual({
      kind: "content",
      what: "charts (グラフ)",
      count: 1,
    });
  });

  it("names the cells whose validation a copy changes, and finds equal ones equal", async () => {
    const bytes = await goalBookBytes("総務部");
    const doubled = await withValidations(bytes, {
      merge: "E4:F4",
      elements:
        '<dataValidation type="list" sqref="E4:F4"><formula1>"完了,未着手"</formula1></dataValidation>' +
        '<dataValidation type="whole" sqref="E4"><formula1>1</formula1></dataValidation>',
    });
    expect(await losses(doubled)).toEqual([{ kind: "validation", sheet: "重点目標", cells: ["E4"] }]);
    // ExcelJS on its own writes C4:C100 as C4:C100 and C10:C100 ("C10" sorts before "C4"): rows 10–100
    // under two validations. annotate gives it areas instead (test/cli.annotate.test.ts).
    const long = await withValidations(bytes, {
      elements:
        '<dataValidation type="list" allowBlank="true" sqref="C4:C100 E4"><formula1>"完了,未着手"</formula1></dataValidation>',
    });
    expect(await losses(long)).toEqual([{ kind: "validation", sheet: "重点目標", cells: ["C10:C100"] }]);
    const short = await withValidations(bytes, {
      elements:
        '<dataValidation type="list" allowBlank="true" sqref="C4:C9 E4"><formula1>"完了,未着手"</formula1></dataValidation>',
    });
    expect(await losses(short)).toEqual([]);
  });

  it("says a copy's parts cannot be compared when a part is unreadable", async () => {
    const bytes = await withChart(await goalBookBytes("総務部"));
    const original = await readZip(bytes);
    const copy = await readZip(await roundTrip(bytes));
    if (!original || !copy) throw new Error("not a zip");
    const unreadable = { ...original, read: async () => null };
    expect(await findCopyLosses(unreadable, copy)).toContainEqual({ kind: "unverifiable", what: "drawings" });
  });
});
