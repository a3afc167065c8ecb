// Workbooks written byte by byte for the tests and benchmarks of the checker's reader: hostile zips (bombs,
// lying sizes, a million rows) and workbooks other tools write, made without keeping them in memory.
import { closeSync, openSync, writeSync } from "node:fs";
import { constants, crc32, deflateRawSync } from "node:zlib";

/** A zip entry: its content as chunks (generated lazily), and what its directory entry should claim. */
export interface ZipPart {
  readonly name: string;
  readonly chunks: Iterable<Buffer | string>;
  /** Store instead of deflating. */
  readonly stored?: boolean;
  /** The uncompressed size to declare, when a test wants the entry to lie about itself. */
  readonly declaredSize?: number;
}

const FINAL_EMPTY_BLOCK = deflateRawSync(Buffer.alloc(0));

/**
 * Writes a zip part by part, each chunk deflated on its own and flushed to a byte boundary, so chunks
 * join into one valid deflate stream and a chunk repeated (the same Buffer) is compressed once: a bomb of
 * gigabytes of zeros is written in seconds and takes a few megabytes on disk.
 */
export function writeZip(file: string, parts: readonly ZipPart[]): void {
  const fd = openSync(file, "w");
  let offset = 0;
  const write = (bytes: Buffer): void => {
    writeSync(fd, bytes);
    offset += bytes.length;
  };
  const central: Buffer[] = [];
  try {
    for (const part of parts) {
      const name = Buffer.from(part.name, "utf8");
      const headerOffset = offset;
      // Sizes and CRC follow the data (flag bit 3), as streaming writers do; the directory holds them too.
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0808, 6);
      local.writeUInt16LE(part.stored ? 0 : 8, 8);
      local.writeUInt16LE(name.length, 26);
      write(local);
      write(name);
      let crc = 0;
      let size = 0;
      let compressed = 0;
      const memo = new Map<Buffer, Buffer>();
      for (const chunk of part.chunks) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        crc = crc32(bytes, crc);
        size += bytes.length;
        let out = part.stored ? bytes : memo.get(bytes);
        if (out === undefined) {
          // Generated text is compressed fast; a repeated chunk, compressed once, as tightly as zlib can.
          const level = typeof chunk === "string" ? 1 : 9;
          out = deflateRawSync(bytes, { level, finishFlush: constants.Z_FULL_FLUSH });
          if (typeof chunk !== "string") memo.set(bytes, out);
        }
        write(out);
        compressed += out.length;
      }
      if (!part.stored) {
        write(FINAL_EMPTY_BLOCK);
        compressed += FINAL_EMPTY_BLOCK.length;
      }
      const declared = part.declaredSize ?? size;
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc >>> 0, 4);
      descriptor.writeUInt32LE(compressed, 8);
      descriptor.writeUInt32LE(declared >>> 0, 12);
      write(descriptor);

      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(0x0808, 8);
      entry.writeUInt16LE(part.stored ? 0 : 8, 10);
      entry.writeUInt32LE(crc >>> 0, 16);
      entry.writeUInt32LE(compressed, 20);
      entry.writeUInt32LE(declared >>> 0, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(headerOffset, 42);
      central.push(entry, name);
    }
    const directory = Buffer.concat(central);
    const directoryOffset = offset;
    write(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(directoryOffset, 16);
    write(end);
  } finally {
    closeSync(fd);
  }
}

/** `bytes` zeros in chunks of one MiB (the same Buffer, so it is compressed once). */
export function* zeros(bytes: number): Generator<Buffer> {
  const MIB = 1024 * 1024;
  const chunk = Buffer.alloc(MIB);
  for (let left = bytes; left > 0; left -= MIB) yield left >= MIB ? chunk : chunk.subarray(0, left);
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A cell value for `sheetXml`: text becomes an inline string, a number a number. */
export type FixtureCell = string | number | null;

/** The XML of a sheet row: cells from column A, with A1 references. */
export function rowXml(row: number, cells: readonly FixtureCell[]): string {
  let xml = `<row r="${row}">`;
  cells.forEach((cell, i) => {
    if (cell === null) return;
    const ref = `${columnName(i)}${row}`;
    xml +=
      typeof cell === "number"
        ? `<c r="${ref}"><v>${cell}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
  });
  return `${xml}</row>`;
}

function columnName(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A sheet part: its rows' XML streamed between the worksheet's opening and closing tags. */
export function* sheetXml(rows: Iterable<string>, after = ""): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;
  let batch = "";
  for (const row of rows) {
    batch += row;
    if (batch.length > 256 * 1024) {
      yield batch;
      batch = "";
    }
  }
  yield `${batch}</sheetData>${after}</worksheet>`;
}

/** The parts every workbook needs around its sheets' XML (sheet1.xml … in the order given). */
export function workbookParts(
  sheets: readonly { name: string; chunks: Iterable<Buffer | string>; declaredSize?: number }[],
  sharedStrings?: string,
): ZipPart[] {
  const sst = sharedStrings === undefined ? [] : [{ name: "xl/sharedStrings.xml", chunks: [sharedStrings] }];
  const sstRelation =
    sharedStrings === undefined
      ? ""
      : `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  const overrides = sheets
    .map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  return [
    {
      name: "[Content_Types].xml",
      chunks: [
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
      ],
    },
    {
      name: "_rels/.rels",
      chunks: [
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
    },
    {
      name: "xl/workbook.xml",
      chunks: [
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
          .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join("")}</sheets></workbook>`,
      ],
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      chunks: [
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
          .map(
            (_s, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join("")}${sstRelation}</Relationships>`,
      ],
    },
    ...sst,
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      chunks: s.chunks,
      ...(s.declaredSize !== undefined ? { declaredSize: s.declaredSize } : {}),
    })),
  ];
}

/** A KPI list laid out as seed 004 (title, two header rows), then `rows` KPI rows of its own. */
export function* kpiRows(rows: number): Generator<string> {
  yield rowXml(1, ["第２期上野町長マニフェスト（R７～10年度）に関連する具体的な取組などの一覧"]);
  yield rowXml(3, ["推進事項", "推進項目のＫＰＩ", "基準値", "目標値", "R7実績", "期限"]);
  yield rowXml(4, [null, null, "R6年度末", "R10年度末", "R7年度", null]);
  const kpis = [
    ["町ホームページのアクセス数", "130 万PV", "150万 万PV", "140 万PV", "年度末"],
    ["防災訓練の参加者数", "111 件", "120 件", "114 件", "R7. 10月"],
    ["町公式Xフォロワー数", "－ 人", "1,000 人", "", "(1) R7. 10月 (2) R8. 3月"],
  ] as const;
  for (let i = 0; i < rows; i++) {
    const [kpi, baseline, target, actual, due] = kpis[i % kpis.length] ?? kpis[0];
    yield rowXml(5 + i, [`取組 ${i + 1}`, kpi, baseline, target, actual === "" ? null : actual, due]);
  }
}
